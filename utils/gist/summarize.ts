/**
 * The gist in one short sentence per agent language, from the detection (intents and tone) and the
 * facts: "Wants a refund for a damaged item; angry, mentions a chargeback; order 303-1234567-1234567."
 * Deterministic: the same input always gives the same words.
 */
import type { Detection } from '@/utils/detection/types';
import { ASK_WORDS, NOTHING_CLEAR, PROBLEMS, REQUESTS, STANDALONE, THREAT_WORDS, TONE_WORDS, UNIT_WORDS, type Bilingual } from './summary-phrases';
import type { Ask, Facts } from './types';

export type SummaryInput = Pick<Detection, 'labels' | 'polarity' | 'angry' | 'urgent'> & Partial<Pick<Detection, 'anger' | 'urgency'>>;

/** Asks already said by a request intent, so "Wants a refund" is not followed by "asks for a refund". */
const SAID_BY: Partial<Record<string, Ask>> = {
  refund_request: 'refund',
  return_request: 'return',
  cancel_order: 'cancel',
  price_discount: 'discount',
  shipping_status: 'information',
  product_question: 'information',
};

function headline(input: SummaryInput, facts: Facts): Bilingual {
  const labels = input.labels ?? [];
  const request = labels.map((l) => REQUESTS[l]).find(Boolean);
  const problem = labels.map((l) => PROBLEMS[l]).find(Boolean);
  const requestLabel = labels.find((l) => REQUESTS[l]);
  const ask = facts.asks.find((a) => a !== SAID_BY[requestLabel ?? ''] && a !== 'information') ?? (request ? undefined : facts.asks[0]);
  const want = request ?? (ask ? ASK_WORDS[ask] : undefined);
  if (want && problem) return { en: `${want.en} for ${problem.en}`, zh: `因${problem.zh}${want.zh}` };
  if (want) return request && ask ? { en: `${want.en}; ${ASK_WORDS[ask].en.toLowerCase()}`, zh: `${want.zh}，${ASK_WORDS[ask].zh}` } : want;
  if (problem) return { en: `Reports ${problem.en}`, zh: `反映${problem.zh}` };
  const standalone = labels.map((l) => STANDALONE[l]).find(Boolean);
  return standalone ?? NOTHING_CLEAR;
}

function tone(input: SummaryInput, facts: Facts): Bilingual[] {
  const parts: Bilingual[] = [];
  if (input.angry) parts.push(TONE_WORDS.angry);
  else if (input.polarity === 'negative') parts.push(TONE_WORDS.unhappy);
  else if (input.polarity === 'positive') parts.push(TONE_WORDS.friendly);
  if (input.urgent) parts.push(TONE_WORDS.urgent);
  for (const t of facts.threats) parts.push(THREAT_WORDS[t]);
  return parts;
}

const money = (value: number, currency: string) => `${currency} ${Number.isInteger(value) ? value : value.toFixed(2)}`;

function details(facts: Facts): Bilingual[] {
  const parts: Bilingual[] = [];
  if (facts.orderIds[0]) parts.push({ en: `order ${facts.orderIds[0]}`, zh: `订单 ${facts.orderIds[0]}` });
  if (facts.trackingNumbers[0]) parts.push({ en: `tracking ${facts.trackingNumbers[0]}`, zh: `运单 ${facts.trackingNumbers[0]}` });
  const a = facts.amounts[0];
  if (a) parts.push({ en: money(a.value, a.currency), zh: `金额 ${money(a.value, a.currency)}` });
  const d = facts.durations[0];
  if (d) {
    const words = UNIT_WORDS[d.unit];
    parts.push({ en: `${d.value} ${words.en[d.value === 1 ? 0 : 1]}`, zh: `${d.value}${words.zh}` });
  }
  if (facts.dates[0]) parts.push({ en: `date ${facts.dates[0]}`, zh: `日期 ${facts.dates[0]}` });
  return parts;
}

export function summarize(input: SummaryInput, facts: Facts): Bilingual {
  if (!input || !Array.isArray(input.labels)) throw new TypeError('summarize: input needs a labels array (a Detection)');
  const head = headline(input, facts);
  const middle = tone(input, facts);
  const tail = details(facts);
  const en = [head.en, middle.map((p) => p.en).join(', '), tail.map((p) => p.en).join(', ')].filter(Boolean).join('; ');
  const zh = [head.zh, middle.map((p) => p.zh).join('，'), tail.map((p) => p.zh).join('，')].filter(Boolean).join('；');
  return { en: `${en}.`, zh: `${zh}。` };
}
