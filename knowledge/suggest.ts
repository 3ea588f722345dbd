/**
 * What the overlay shows for one conversation: the buyer's country profile and tips, the playbook for the
 * detected intent (the emotion guide first when the buyer is angry or threatens), templates in the buyer's
 * language, the marketplace's policy rules and vocabulary notes. Pure: a function of the layered knowledge.
 */
import type { Detection } from '@/utils/detection/types';
import type { SiteMarketplace } from './intents';
import type { KnowledgeSuggestions, TemplateSuggestion } from './answers';
import type { KnowledgeBase } from './layering';
import { compareIds } from './compare-ids';
import type { CultureTip, Playbook, PolicyRule, ReplyTemplate, TemplateVariant, VocabularyNote } from './schema';

export interface SuggestArgs {
  detection: Detection;
  marketplace: SiteMarketplace;
  /** The buyer's language (ISO 639-1, or 'und'). */
  language: string;
}

export const MAX_TIPS = 5;
export const MAX_PLAYBOOKS = 3;
export const MAX_TEMPLATES = 5;
export const MAX_VOCABULARY = 6;
/** Intents answered at once (the best and up to two more above their thresholds). */
export const MAX_LABELS = 3;
const DEFAULT_WEIGHT = 50;

export function suggest(kb: KnowledgeBase, { detection, marketplace, language }: SuggestArgs): KnowledgeSuggestions {
  const code = detection.country;
  const country = code ? (kb.countries.get(code)?.profile ?? null) : null;
  const intent = detection.intent;
  /** The intents to answer, best first: every label above threshold (at most MAX_LABELS), else the best. */
  const labels = [intent, ...(detection.labels ?? []).filter((l) => l !== intent && l !== 'other')].slice(0, MAX_LABELS);
  /** 0 for the exact marketplace, 1 for 'any', -1 for another marketplace (excluded). */
  const scope = (m: string) => (m === marketplace ? 0 : m === 'any' ? 1 : -1);

  const cultureTips = code
    ? kb.byKind.culture_tip
        .map((l) => l.entry as CultureTip)
        .filter((t) => t.countries.includes(code))
        .sort((a, b) => rank(b.intents?.includes(intent)) - rank(a.intents?.includes(intent)) || (b.weight ?? DEFAULT_WEIGHT) - (a.weight ?? DEFAULT_WEIGHT) || compareIds(a.id, b.id))
        .slice(0, MAX_TIPS)
    : [];

  const playbooksOf = (topic: Playbook['topic'], match: (p: Playbook) => boolean) =>
    kb.byKind.playbook
      .map((l) => l.entry as Playbook)
      .filter((p) => p.topic === topic && scope(p.marketplace) >= 0 && match(p))
      .sort((a, b) => scope(a.marketplace) - scope(b.marketplace) || compareIds(a.id, b.id));
  const emotion = detection.sentiment === 'angry' || detection.risk ? playbooksOf('emotion', () => true).slice(0, 1) : [];
  // Every intent above its threshold brings its playbook ("broken mug, refund, and cancel my second order"):
  // the best label's first, then one for each further label, then the best label's others.
  const byLabel = labels.map((label) => playbooksOf('intent', (p) => p.intents.includes(label)));
  const firstOfEach = byLabel.map((list) => list[0]).filter((p): p is Playbook => !!p);
  const playbooks = unique([...emotion, ...firstOfEach, ...(byLabel[0] ?? [])]).slice(0, MAX_PLAYBOOKS);

  const wanted = [language, ...(country?.languages ?? []), 'en'].filter((l, i, all) => l && l !== 'und' && all.indexOf(l) === i);
  const templates: Array<TemplateSuggestion & { order: number[] }> = [];
  for (const { entry, packId } of kb.byKind.template) {
    const t = entry as ReplyTemplate;
    const labelRank = labels.indexOf(t.intent);
    if (labelRank < 0 || scope(t.marketplace) < 0) continue;
    if (t.countries?.length && (!code || !t.countries.includes(code))) continue;
    const variant = pickVariant(t, wanted);
    if (!variant) continue;
    const langRank = wanted.indexOf(variant.language);
    templates.push({ template: t, variant, packId, order: [labelRank, scope(t.marketplace), langRank < 0 ? wanted.length : langRank, t.countries?.length ? 0 : 1] });
  }
  templates.sort((a, b) => compareTuples(a.order, b.order) || compareIds(a.template.id, b.template.id));
  // The best template of each further label moves up to second place on: none is cut off by the first's.
  const leads = labels
    .slice(1)
    .map((label) => templates.find((x) => x.template.intent === label))
    .filter((x): x is (typeof templates)[number] => !!x);
  if (leads.length) {
    const rest = templates.filter((x) => !leads.includes(x));
    templates.splice(0, templates.length, ...rest.slice(0, 1), ...leads, ...rest.slice(1));
  }

  const policyRules = kb.byKind.policy_rule
    .map((l) => l.entry as PolicyRule)
    .filter((r) => scope(r.marketplace) >= 0)
    .sort((a, b) => scope(a.marketplace) - scope(b.marketplace) || rank(b.severity === 'error') - rank(a.severity === 'error') || compareIds(a.id, b.id));

  const vocabulary = kb.byKind.vocabulary
    .map((l) => l.entry as VocabularyNote)
    // A note for some countries is for those countries only (a US buyer gets no Gulf or Australian
    // notes because all three write English); a note for none is for every buyer of its language.
    .filter((v) => (code !== null && v.countries?.includes(code)) || (v.language === language && !v.countries?.length))
    .sort((a, b) => relevance(b) - relevance(a) || compareIds(a.id, b.id))
    .slice(0, MAX_VOCABULARY);
  function relevance(v: VocabularyNote) {
    return rank(v.language === language) + rank(code !== null && v.countries?.includes(code));
  }

  const chosen = templates.slice(0, MAX_TEMPLATES).map(({ order: _order, ...rest }) => rest);
  // Which pack each shown entry came from, so a card that fails can name it.
  const packOf: Record<string, string> = {};
  if (code && country) packOf[`country:${code}`] = kb.countries.get(code)!.packId;
  const shown = new Set<string>([...cultureTips, ...playbooks, ...vocabulary].map((e) => e.id));
  for (const l of kb.entries) if (shown.has(l.entry.id)) packOf[l.entry.id] = l.packId;
  for (const t of chosen) packOf[t.template.id] = t.packId;
  return {
    country,
    packOf,
    cultureTips,
    playbooks,
    templates: chosen,
    policyRules,
    vocabulary,
  };
}

/** The buyer's language, else the country's languages, else English, else the template's first variant. */
function pickVariant(t: ReplyTemplate, wanted: string[]): TemplateVariant | undefined {
  for (const lang of wanted) {
    const v = t.variants.find((x) => x.language === lang);
    if (v) return v;
  }
  return t.variants[0];
}

function rank(flag: boolean | undefined): number {
  return flag ? 1 : 0;
}

function compareTuples(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
