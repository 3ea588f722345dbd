/**
 * Message detection: language, intent, sentiment/risk and country, in pure TypeScript so the
 * background, the popup, the CLI and tests share it. Lexicons come from knowledge packs.
 */
export { createDetector, detectWith, prepareStaticTables, type Detector } from './detector';
export { compileSources, type Compiled, type DetectionSources } from './compile';
export { identifyLanguage, type LanguageGuess } from './language-id';
export { inferCountry } from './country';
export { cleanMessage, type CleanMessage } from './clean-message';
export type { CountryCandidate, Detection, DetectionContext, Polarity, ScoredIntent, Sentiment } from './types';
