/** Every language's phrase lists, by ISO 639-1 code. */
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { nl } from './nl';
import { pl } from './pl';
import type { PhraseSet } from './phrase-set';
import { pt } from './pt';
import { ru } from './ru';
import { tr } from './tr';
import { zh } from './zh';

export const PHRASES: Record<string, PhraseSet> = { en, es, pt, fr, de, it, nl, pl, ru, tr, ar, ja, ko, zh };
