/**
 * The one schema for knowledge packs: YAML sources, compiled pack JSON, installs and the CLI all
 * validate against it, and `npm run pack -- schema` exports it as JSON Schema for editors.
 */
import { z } from 'zod';
import { INTENT_IDS, MARKETPLACES } from './intents';
import { isRange, ruleProblem } from '@/utils/calendar/holiday-rules';
import { buildSiteRuleSchema } from './site-rules-schema';

/** Bump when the pack format changes incompatibly; packs with a newer version are refused. */
export const SCHEMA_VERSION = 1;

function buildSchemas() {
  const ID = /^[a-z0-9][a-z0-9._-]{0,119}$/;
  const entryId = z.string().regex(ID, 'lowercase id of letters, digits, ".", "_" or "-"');
  const countryCode = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code such as "DE"');
  const languageCode = z.string().regex(/^[a-z]{2}$/, 'ISO 639-1 code such as "de"');
  const intentId = z.enum(INTENT_IDS);
  const marketplaceScope = z.enum([...MARKETPLACES, 'any']);

  const text = (max: number) => z.string().trim().min(1).max(max);
  /** Guidance is written for the agent in both UI languages. */
  const bilingual = z.strictObject({ en: text(4000), zh: text(4000) });
  const bilingualList = z.array(bilingual).max(40);
  const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'MM-DD');
  const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

  const entryBase = {
    id: entryId,
    title: bilingual,
    /** Extra search words, any language (the buyer's words as well as the agent's). */
    keywords: z.array(text(80)).max(40).optional(),
    tags: z.array(text(40)).max(20).optional(),
  };

  const cultureTip = z.strictObject({
    ...entryBase,
    kind: z.literal('culture_tip'),
    countries: z.array(countryCode).min(1),
    intents: z.array(intentId).optional(),
    body: bilingual,
    /** Higher shows first among a country's tips. */
    weight: z.number().int().min(0).max(100).optional(),
  });

  const deadline = z.strictObject({
    label: bilingual,
    hours: z
      .number()
      .positive()
      .max(24 * 365),
    /** What the clock starts from; the overlay computes "answer by" from the message time. */
    from: z.enum(['buyer_message', 'dispute_opened', 'order_placed', 'shipped', 'delivered']),
  });

  const emotionLevel = z.strictObject({
    level: z.number().int().min(1).max(10),
    label: bilingual,
    signs: bilingual,
    response: bilingual,
  });

  const playbook = z.strictObject({
    ...entryBase,
    kind: z.literal('playbook'),
    /** Intents this playbook answers; cross-cutting guides (angry buyer, STAR…) name a topic instead. */
    intents: z.array(intentId),
    topic: z.enum(['intent', 'emotion', 'star', 'crisis', 'time_zones']).default('intent'),
    marketplace: marketplaceScope,
    situation: bilingual,
    checkFirst: bilingualList.default([]),
    evidence: bilingualList.default([]),
    steps: bilingualList.min(1),
    deadlines: z.array(deadline).max(10).default([]),
    escalation: bilingualList.default([]),
    neverSay: bilingualList.default([]),
    emotionScale: z.array(emotionLevel).max(10).optional(),
  });

  const templateVariant = z.strictObject({
    language: languageCode,
    text: text(4000),
    /** Chinese gloss so the agent knows what they send. */
    gloss: text(4000),
  });

  const replyTemplate = z.strictObject({
    ...entryBase,
    kind: z.literal('template'),
    intent: intentId,
    marketplace: marketplaceScope,
    tone: z.enum(['formal', 'neutral', 'warm']),
    countries: z.array(countryCode).optional(),
    variants: z.array(templateVariant).min(1).max(40),
  });

  const policyCheck = z.enum(['link', 'email', 'phone', 'emoji', 'review_request', 'incentive', 'off_platform', 'pattern']);

  const policyRule = z.strictObject({
    ...entryBase,
    kind: z.literal('policy_rule'),
    marketplace: marketplaceScope,
    check: policyCheck,
    severity: z.enum(['error', 'warning']),
    /** Regular expression sources (Unicode, case-insensitive) matched against the reply. */
    patterns: z.array(text(400)).max(60).default([]),
    explanation: bilingual,
  });

  const vocabularyNote = z.strictObject({
    ...entryBase,
    kind: z.literal('vocabulary'),
    countries: z.array(countryCode).optional(),
    language: languageCode,
    avoid: z.array(text(200)).min(1).max(20),
    instead: z.array(text(200)).max(20).default([]),
    why: bilingual,
  });

  const entry = z.discriminatedUnion('kind', [cultureTip, playbook, replyTemplate, policyRule, vocabularyNote]);

  /** A movable holiday's rule, checked here so a typo fails the pack build instead of the date vanishing. */
  const holidayRule = z.string().trim().min(1).max(120);
  const holiday = z
    .strictObject({
      name: bilingual,
      effect: bilingual,
      /** Fixed-date holidays repeat yearly from start to end (MM-DD). */
      start: monthDay.optional(),
      end: monthDay.optional(),
      /**
       * Movable holidays are computed from a rule (or several), e.g. "easter-2", "orthodox-easter",
       * "nth:11-4-thu+1", "last:05-mon", "islamic:10-01", "chinese:01-01", "hebrew:nisan-15",
       * "hindu:ashvin-amavasya@evening" or a range "islamic:09-01..islamic:10-01-1" (utils/calendar/holiday-rules.ts).
       */
      rule: z.union([holidayRule, z.array(holidayRule).min(1).max(12)]).optional(),
      /** How many days each occurrence of a rule lasts (ranges set their own end). */
      days: z.number().int().min(1).max(120).optional(),
      /** One-off dated events (an announced sale); yearly holidays use start or rule so they never run out. */
      occurrences: z.array(z.strictObject({ start: isoDate, end: isoDate })).optional(),
    })
    .superRefine((h, ctx) => {
      const issue = (message: string, path: PropertyKey[] = []) => ctx.addIssue({ code: 'custom', message: `holiday "${h.name.en}": ${message}`, path });
      if (!h.start && !h.rule && !h.occurrences?.length) issue('needs start (MM-DD), rule or occurrences');
      if (h.start && h.rule) issue('has both start and rule; use start/end for a fixed date or rule for a movable one');
      if (h.days && !h.rule) issue('days only applies to a rule', ['days']);
      const rules = typeof h.rule === 'string' ? [h.rule] : (h.rule ?? []);
      rules.forEach((r, i) => {
        const problem = ruleProblem(r);
        if (problem) issue(problem, typeof h.rule === 'string' ? ['rule'] : ['rule', i]);
      });
      if (h.days && rules.length && rules.every(isRange)) issue('days has no effect on a range rule (a..b)', ['days']);
    });

  const countryProfile = z.strictObject({
    code: countryCode,
    name: bilingual,
    languages: z.array(languageCode).min(1),
    timeZones: z.array(text(60)).min(1),
    greeting: z.strictObject({ text: text(200), formality: z.enum(['formal', 'neutral', 'casual']), note: bilingual }),
    tone: bilingual,
    responseTime: bilingual,
    dos: bilingualList.min(1),
    donts: bilingualList.min(1),
    habits: bilingualList.min(1),
    holidays: z.array(holiday).min(1).max(30),
    customs: z.strictObject({ note: bilingual, asOf: z.string().regex(/^\d{4}-\d{2}$/, 'YYYY-MM') }),
    sensitive: bilingualList.min(1),
  });

  const phraseList = z.record(z.string().regex(/^[a-z]{2}$/), z.array(text(120)).max(2000));

  const intentLexicon = z.strictObject({
    id: intentId,
    /** Phrases per language that signal the intent; "word*" matches a prefix. */
    lexicon: phraseList,
    /** Natural example messages per language (teach the detector without a release). */
    examples: phraseList.optional(),
  });

  /** Cross-intent detection signals per language. */
  const detectionSignals = z.strictObject({
    negation: phraseList.optional(),
    contrast: phraseList.optional(),
    frustrated: phraseList.optional(),
    angry: phraseList.optional(),
    risk: phraseList.optional(),
    /** Deadlines and follow-ups: "need it by Friday", "urgent", "third message". */
    urgent: phraseList.optional(),
  });

  const siteRules = buildSiteRuleSchema();

  const semver = z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'semantic version such as 1.2.0');

  const pack = z.strictObject({
    schemaVersion: z.number().int().min(1),
    id: entryId,
    name: text(120),
    version: semver,
    publisher: text(120),
    publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, 'ISO date'),
    description: text(2000),
    changelog: z.array(z.strictObject({ version: semver, date: isoDate, notes: text(2000) })).default([]),
    entries: z.array(entry).max(60000),
    intents: z.array(intentLexicon).default([]),
    countries: z.array(countryProfile).default([]),
    detection: detectionSignals.optional(),
    /** How Tact reads each marketplace page family (knowledge/site-rules-schema.ts); a later pack replaces a rule by id. */
    sites: siteRules.sites.optional(),
  });
  return {
    bilingual,
    cultureTip,
    playbook,
    replyTemplate,
    templateVariant,
    policyRule,
    vocabularyNote,
    entry,
    countryProfile,
    holiday,
    intentLexicon,
    detectionSignals,
    siteRule: siteRules.siteRule,
    pack,
  };
}

let built: Schemas | null = null;
/** Built on first use: constructing the schemas costs a cold service worker ~15 ms, and only pack installs need them. */
export const schemas = (): Schemas => (built ??= buildSchemas());
type Schemas = ReturnType<typeof buildSchemas>;

export type Bilingual = z.infer<Schemas['bilingual']>;
export type CultureTip = z.infer<Schemas['cultureTip']>;
export type Playbook = z.infer<Schemas['playbook']>;
export type ReplyTemplate = z.infer<Schemas['replyTemplate']>;
export type TemplateVariant = z.infer<Schemas['templateVariant']>;
export type PolicyRule = z.infer<Schemas['policyRule']>;
export type VocabularyNote = z.infer<Schemas['vocabularyNote']>;
export type Entry = z.infer<Schemas['entry']>;
export type EntryKind = Entry['kind'];
export type CountryProfile = z.infer<Schemas['countryProfile']>;
export type Holiday = z.infer<Schemas['holiday']>;
export type IntentLexicon = z.infer<Schemas['intentLexicon']>;
export type DetectionSignals = z.infer<Schemas['detectionSignals']>;
export type { SiteRule } from './site-rules-schema';
export type Pack = z.infer<Schemas['pack']>;
export type PackInput = z.input<Schemas['pack']>;
