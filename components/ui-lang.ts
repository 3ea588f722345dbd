/** The agent UI's two languages; kept apart from the string tables so the content script carries none. */
export type UiLang = 'en' | 'zh';

export function defaultUiLang(navigatorLanguage: string | undefined): UiLang {
  return navigatorLanguage?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
