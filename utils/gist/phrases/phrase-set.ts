import type { Ask, Threat } from '../types';

/**
 * One language's phrase lists. Written naturally (accents, capitals are folded away when compiled).
 * A word ending in `*` may run on ("reembols*" = reembolso, reembolsar); words match whole otherwise.
 * Chinese, Japanese and Korean phrases match inside running text, as those languages are written.
 */
export interface PhraseSet {
  asks: Partial<Record<Ask, string[]>>;
  threats: Partial<Record<Threat, string[]>>;
  /** Refusals written just before what is refused ("don't want", "no quiero", "不要"): that ask is dropped. */
  negators: string[];
  /** Refusals written just after ("返金は不要", "iade istemiyorum", "환불 말고"). */
  postNegators?: string[];
  /** Contrast words that start a new clause, so a refusal does not reach past them ("but", "aber"). */
  breaks?: string[];
}
