/**
 * Compliance lint: checks a reply against the marketplace's policy rules (knowledge/core/policy/*.yaml)
 * before the agent sends it. Rules are data; links, e-mail addresses, phone numbers and emojis also have
 * built-in detectors because a regex alone can't tell an order id from a phone number.
 * Pure: no browser APIs, so the overlay, the CLI and tests share it.
 */
import type { Bilingual, PolicyRule } from '@/knowledge/schema';
import type { SiteMarketplace } from '@/knowledge/intents';
import { findEmails, findEmojis, findLinks, type Span } from './lint-detectors';
import { findPhones } from './lint-phone';
import { findUnfilledPlaceholders } from './lint-placeholders';
import { buildTriggerIndex, findTriggers, leadingLiterals, type Trigger, type TriggerIndex } from './lint-triggers';
import { unsafePatternReason } from '@/knowledge/safe-regex';

/** Pack patterns see at most this much of a reply: a reply is a few hundred characters; a paste can be anything. */
export const MAX_PATTERN_INPUT = 10_000;
/** After this much time on one reply, the remaining rules' patterns are skipped (and reported), not run. */
/** A stall guard, not a routine limit: safe-subset patterns and the input cap keep a normal reply far below it, also on a busy machine. */
export const LINT_BUDGET_MS = 500;

export interface SkippedRule {
  ruleId: string;
  reason: 'unsafe-pattern' | 'time-budget' | 'input-cap';
  detail: string;
}

export interface LintOptions {
  budgetMs?: number;
  maxPatternInput?: number;
  /** Clock for the budget (tests). */
  now?: () => number;
}

/** What a finding checks: a pack rule's check, or the lint's own placeholder check (no pack needed). */
export type LintCheck = PolicyRule['check'] | 'unfilled_placeholder';

export interface LintFinding {
  ruleId: string;
  check: LintCheck;
  severity: 'error' | 'warning';
  start: number;
  end: number;
  match: string;
  explanation: Bilingual;
}

type Detector = (text: string, marketplace: SiteMarketplace) => Span[];

const BUILT_IN: Partial<Record<PolicyRule['check'], Detector>> = {
  link: findLinks,
  email: findEmails,
  phone: findPhones,
  emoji: findEmojis,
};

interface CompiledPattern {
  /** Global regex for patterns without literals (scanned), sticky one for the others (tried at triggers). */
  regex: RegExp;
  /** The source began with WORD_START, checked in code instead (see below). */
  wordStart: boolean;
  /** Literals one of which starts every match; null when unknown (the pattern always runs). */
  literals: string[] | null;
}

interface CompiledRule {
  rule: PolicyRule;
  /** Indexes into Compiled.patterns. */
  patterns: number[];
}

interface Compiled {
  rules: CompiledRule[];
  /** Patterns outside the safe subset (a pack stored before the validator refused them): never compiled. */
  unsafe: SkippedRule[];
  patterns: CompiledPattern[];
  triggers: Partial<Record<SiteMarketplace, TriggerIndex>>;
}

/**
 * Rules mark word starts with this lookbehind because \b is ASCII-only in JavaScript. As the first token
 * of a regex it is evaluated at every position and makes a scan ~8x slower, so the lint strips it and
 * checks the character before each match instead: same matches, a fraction of the time.
 */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// Compiled once per rules array (the array a pack load produces is reused for every keystroke).
const cache = new WeakMap<readonly PolicyRule[], Compiled>();

function compile(rules: readonly PolicyRule[]): Compiled {
  const hit = cache.get(rules);
  if (hit) return hit;
  const patterns: CompiledPattern[] = [];
  const unsafe: SkippedRule[] = [];
  const compiledRules = rules.map((rule) => {
    const ids: number[] = [];
    for (const source of rule.patterns) {
      const reason = safeReason(source);
      if (reason) {
        unsafe.push({ ruleId: rule.id, reason: 'unsafe-pattern', detail: `${JSON.stringify(source)}: ${reason}` });
        continue;
      }
      const wordStart = source.startsWith(WORD_START);
      const body = wordStart ? source.slice(WORD_START.length) : source;
      const literals = leadingLiterals(body);
      let regex: RegExp;
      try {
        regex = new RegExp(body, literals ? 'iuy' : 'giu');
      } catch {
        continue; // the pack validator refuses invalid sources; this guards hand-built rule arrays
      }
      ids.push(patterns.length);
      patterns.push({ regex, wordStart, literals });
    }
    return { rule, patterns: ids };
  });
  const compiled: Compiled = { rules: compiledRules, patterns, unsafe, triggers: {} };
  cache.set(rules, compiled);
  return compiled;
}

function safeReason(source: string): string | null {
  try {
    return unsafePatternReason(source);
  } catch {
    return null; // an invalid source: new RegExp below refuses it
  }
}

function triggersFor(compiled: Compiled, marketplace: SiteMarketplace): TriggerIndex {
  const existing = compiled.triggers[marketplace];
  if (existing) return existing;
  const list: Trigger[] = [];
  for (const { rule, patterns } of compiled.rules) {
    if (rule.marketplace !== marketplace && rule.marketplace !== 'any') continue;
    for (const id of patterns) {
      const { literals, wordStart } = compiled.patterns[id];
      for (const literal of literals ?? []) list.push({ literal, pattern: id, wordStart });
    }
  }
  return (compiled.triggers[marketplace] = buildTriggerIndex(list));
}

function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text[index - 1];
}

/** Scans the whole text (patterns whose leading literals are unknown). */
function scanSpans(text: string, { regex, wordStart }: CompiledPattern): Span[] {
  const out: Span[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (wordStart && LETTER_OR_DIGIT.test(charBefore(text, m.index))) {
      // Mid-word: the stripped lookbehind would have failed here, so resume one code point later.
      regex.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
      continue;
    }
    if (m[0].length === 0) {
      regex.lastIndex++; // zero-width match: step over it
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Tries a sticky pattern only where its leading literal occurs (word starts already checked). */
function spansAt(text: string, { regex }: CompiledPattern, positions: number[]): Span[] {
  const out: Span[] = [];
  let reached = -1;
  for (const at of positions) {
    if (at < reached) continue; // inside the previous match, as a scan would skip it
    regex.lastIndex = at;
    const m = regex.exec(text);
    if (!m || m[0].length === 0) continue;
    out.push({ start: at, end: at + m[0].length });
    reached = at + m[0].length;
  }
  return out;
}

/** Overlapping or touching spans of one rule become one finding (two patterns often hit one phrase). */
function mergeSpans(spans: Span[]): Span[] {
  if (spans.length < 2) return spans;
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [{ ...sorted[0] }];
  for (const s of sorted.slice(1)) {
    const last = out[out.length - 1];
    if (s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

const RANK = { error: 2, warning: 1 } as const;

/**
 * A finding is redundant when another rule of the same check already says more: a stricter finding that
 * overlaps it, or an equally strict one that covers it (e.g. "leave a review" inside "leave a 5-star review").
 */
function redundant(f: LintFinding, all: LintFinding[]): boolean {
  return all.some((g) => {
    // The domain of an e-mail address is not a second, link finding ("john(at)gmail dot com").
    if (f.check === 'link' && g.check === 'email' && g.start <= f.start && g.end >= f.end) return true;
    if (g === f || g.check !== f.check || g.start >= f.end || f.start >= g.end) return false;
    if (RANK[g.severity] !== RANK[f.severity]) return RANK[g.severity] > RANK[f.severity];
    const covers = g.start <= f.start && g.end >= f.end;
    return covers && (g.end - g.start > f.end - f.start || g.ruleId < f.ruleId);
  });
}

export function lintReply(text: string, rules: PolicyRule[], marketplace: SiteMarketplace, options?: LintOptions): LintFinding[] {
  return lintReplyReport(text, rules, marketplace, options).findings;
}

/**
 * The lint plus what it could not check: rules whose patterns were unsafe, cut to MAX_PATTERN_INPUT, or
 * skipped because the reply's time budget ran out. Built-in detectors (ours, linear) always run.
 */
export function lintReplyReport(text: string, rules: PolicyRule[], marketplace: SiteMarketplace, options: LintOptions = {}): { findings: LintFinding[]; skipped: SkippedRule[] } {
  if (!text) return { findings: [], skipped: [] };
  const compiled = compile(rules);
  const now = options.now ?? (() => performance.now());
  const budget = options.budgetMs ?? LINT_BUDGET_MS;
  const cap = options.maxPatternInput ?? MAX_PATTERN_INPUT;
  const skipped: SkippedRule[] = compiled.unsafe.filter((s) => rules.some((r) => r.id === s.ruleId && (r.marketplace === marketplace || r.marketplace === 'any')));
  // Pack patterns see the first `cap` characters only; offsets stay those of the full text.
  const patternText = text.length > cap ? text.slice(0, cap) : text;
  const started = now();
  // Where each pattern's leading literals occur; a pattern whose literals are absent can't match.
  const triggered = findTriggers(patternText, triggersFor(compiled, marketplace));
  const findings: LintFinding[] = [];
  for (const { rule, patterns } of compiled.rules) {
    if (rule.marketplace !== marketplace && rule.marketplace !== 'any') continue;
    const spans: Span[] = [];
    const detector = BUILT_IN[rule.check];
    if (detector) spans.push(...detector(text, marketplace));
    const spent = now() - started;
    if (patterns.length && spent > budget) {
      skipped.push({ ruleId: rule.id, reason: 'time-budget', detail: `not run: the reply's ${budget} ms lint budget was used up (${Math.round(spent)} ms)` });
    } else {
      if (patterns.length && patternText !== text) skipped.push({ ruleId: rule.id, reason: 'input-cap', detail: `patterns checked the first ${cap} of ${text.length} characters` });
      for (const id of patterns) {
        const pattern = compiled.patterns[id];
        if (!pattern.literals) spans.push(...scanSpans(patternText, pattern));
        else {
          const positions = triggered.get(id);
          if (positions) spans.push(...spansAt(patternText, pattern, positions));
        }
      }
    }
    for (const s of mergeSpans(spans)) {
      findings.push({
        ruleId: rule.id,
        check: rule.check,
        severity: rule.severity,
        start: s.start,
        end: s.end,
        match: text.slice(s.start, s.end),
        explanation: rule.explanation,
      });
    }
  }
  findings.push(...unfilledPlaceholderFindings(text));
  const kept = findings.filter((f) => !redundant(f, findings)).sort((a, b) => a.start - b.start || b.end - a.end || a.ruleId.localeCompare(b.ruleId));
  return { findings: kept, skipped };
}

/** The id of the lint's own placeholder check (reported like a pack rule's). */
export const UNFILLED_PLACEHOLDER_RULE = 'tact.unfilled-placeholder';

function unfilledPlaceholderFindings(text: string): LintFinding[] {
  return findUnfilledPlaceholders(text).map((p) => ({
    ruleId: UNFILLED_PLACEHOLDER_RULE,
    check: 'unfilled_placeholder' as const,
    severity: 'error' as const,
    start: p.start,
    end: p.end,
    match: text.slice(p.start, p.end),
    explanation: {
      zh: `发送前请填写 ${text.slice(p.start, p.end)}：买家会看到这是一段没填完的模板。`,
      en: `Fill ${text.slice(p.start, p.end)} before sending: the buyer would see a template with a hole in it.`,
    },
  }));
}
