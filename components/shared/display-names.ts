/**
 * Country and language names with one Intl.DisplayNames per UI language: constructing one costs far more
 * than a lookup, and a result list or a facet menu asks for hundreds of names per render.
 */
import type { UiLang } from '../i18n';

const cache = new Map<string, Intl.DisplayNames | null>();

function names(lang: UiLang, type: 'region' | 'language'): Intl.DisplayNames | null {
  const key = `${lang}:${type}`;
  if (!cache.has(key)) {
    try {
      cache.set(key, new Intl.DisplayNames([lang === 'zh' ? 'zh-CN' : 'en'], { type }));
    } catch {
      cache.set(key, null);
    }
  }
  return cache.get(key)!;
}

export function countryNameCached(lang: UiLang, code: string): string {
  try {
    return names(lang, 'region')?.of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageNameCached(lang: UiLang, code: string): string {
  if (code === 'und') return lang === 'zh' ? '未知' : 'unknown';
  try {
    return names(lang, 'language')?.of(code) ?? code;
  } catch {
    return code;
  }
}
