/**
 * Strips what is not the buyer's own words before anything is decided: quoted earlier messages
 * and pasted seller templates, URLs, e-mail addresses, order and tracking numbers, emojis.
 * Flag emojis are kept aside: a flag is a country hint.
 */
import { flagPairToCode, FLAG_EMOJIS } from '@/utils/patterns/flags';
import { AMAZON_ORDER_ID } from '@/utils/patterns/order-ids';
import { TRACKING_NUMBERS } from '@/utils/patterns/tracking-numbers';

export interface CleanMessage {
  text: string;
  /** Country codes of flag emojis found in the text. */
  flags: string[];
}

/** Enough for any real message; a 1 MB paste is cut before any regex runs over it. */
const MAX_INPUT = 20_000;

const QUOTE_HEADERS = [
  /^-{2,}\s*(original message|message d'origine|ursprüngliche nachricht|mensaje original|mensagem original|messaggio originale)[\s\S]*$/im,
  /^on .{4,80} wrote:[\s\S]*$/im,
  /^le .{4,80} a écrit\s?:[\s\S]*$/im,
  /^am .{4,80} schrieb .{0,80}:[\s\S]*$/im,
  /^el .{4,80} escribió:[\s\S]*$/im,
  /^em .{4,80} escreveu:[\s\S]*$/im,
  /^il giorno .{4,80} ha scritto:[\s\S]*$/im,
];
/** Long quoted passages are the seller's earlier text or a template the buyer pasted back. */
const LONG_QUOTE = /["“”«»„「『][^"“”«»„「」『』]{40,}["“”«»」』]/g;
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const AMAZON_ORDERS = new RegExp(AMAZON_ORDER_ID.source, 'g');
/** AliExpress order ids and other long digit runs; phone numbers with "+" are kept for country hints. */
const LONG_NUMBER = /(?<![+\d])\d{8,}\b/g;
/** Emoji code points one by one: pictographs, regional indicators, skin tones, VS16, ZWJ, keycap. */
const EMOJI = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D|\u20E3/gu;
// eslint-disable-next-line no-control-regex
const JUNK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD\uFFFE\uFFFF]/g;

export function cleanMessage(input: string): CleanMessage {
  let text = typeof input === 'string' ? input.slice(0, MAX_INPUT) : '';
  text = text.replace(JUNK, ' ');
  text = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('>'))
    .join('\n');
  for (const header of QUOTE_HEADERS) text = text.replace(header, ' ');
  const flags: string[] = [];
  text = text.replace(FLAG_EMOJIS, (_, a: string, b: string) => {
    flags.push(flagPairToCode(a, b));
    return ' ';
  });
  text = text
    .replace(LONG_QUOTE, ' ')
    .replace(URL, ' ')
    .replace(EMAIL, ' ')
    .replace(AMAZON_ORDERS, ' ')
    .replace(TRACKING_NUMBERS, ' ')
    .replace(LONG_NUMBER, ' ')
    .replace(EMOJI, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
  return { text, flags };
}
