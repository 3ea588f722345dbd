/** Detection's country reasons (utils/detection/country.ts writes them in English) in the agent's language. */
import { countryName, languageName, type UiLang } from '@/components/i18n';

type Rule = [RegExp, (m: RegExpMatchArray) => string];

const LANGUAGE_CODES: Record<string, string> = {};

/** English language name → code, for "message in French": built from Intl once. */
function languageCode(name: string): string | null {
  if (!Object.keys(LANGUAGE_CODES).length) {
    const names = new Intl.DisplayNames(['en'], { type: 'language' });
    for (const code of 'af ar be bg ca cs da de el en es et fi fr ga he hi hu id it ja kk ko lt lv ms nb nl pl pt ro ru sk sv th tl tr uk vi zh'.split(' ')) {
      const display = names.of(code);
      if (display) LANGUAGE_CODES[display] = code;
    }
  }
  return LANGUAGE_CODES[name] ?? null;
}

const lang = (name: string) => {
  const code = languageCode(name);
  return code ? languageName('zh', code) : name;
};

const ZH: Rule[] = [
  [/^set by agent$/, () => '客服手动设定'],
  [/^country shown on the (?:AliExpress )?page$/, () => '页面显示的国家'],
  [/^Amazon marketplace ([A-Z]{2})$/, (m) => `亚马逊${countryName('zh', m[1])}站`],
  [/^message in (.+), a language of the ([A-Z]{2}) marketplace$/, (m) => `消息用${lang(m[1])}写成，是${countryName('zh', m[2])}站的语言`],
  [/^message in (.+)$/, (m) => `消息用${lang(m[1])}写成`],
  [/^price in (.+)$/, (m) => `价格单位 ${m[1]}`],
  [/^flag emoji ([A-Z]{2})$/, (m) => `国旗表情 ${m[1]}`],
  [/^phone prefix (\+\d+)$/, (m) => `电话区号 ${m[1]}`],
  [/^says where they are(.*)$/, (m) => `买家说明了所在地${m[1]}`],
  [/^mentions (.+)$/, (m) => `提到 ${m[1]}`],
  [/^(UK postcode|Canadian postal code|Brazilian CEP|Portuguese postcode|Polish postcode|Japanese postcode|Dutch postcode) (.+)$/, (m) => `邮编 ${m[2]}`],
];

export function reasonText(ui: UiLang, reason: string): string {
  if (ui !== 'zh') return reason;
  for (const [re, render] of ZH) {
    const m = reason.match(re);
    if (m) return render(m);
  }
  return reason;
}
