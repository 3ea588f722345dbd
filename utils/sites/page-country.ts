/** Country code from what a page shows: a flag emoji, an ISO code, or an English/Chinese country name. */
let byName: Map<string, string> | null = null;

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const en = new Intl.DisplayNames(['en'], { type: 'region' });
  const zh = new Intl.DisplayNames(['zh'], { type: 'region' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      for (const display of [en, zh]) {
        const name = display.of(code);
        if (name && name !== code) byName.set(name.toLowerCase(), code);
      }
    }
  }
  for (const [alias, code] of [['russia', 'RU'], ['usa', 'US'], ['uk', 'GB'], ['korea', 'KR'], ['south korea', 'KR'], ['czech republic', 'CZ']] as const) byName.set(alias, code);
  return byName;
}

export function flagToCode(text: string): string | null {
  const m = text.match(/([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])/u);
  if (!m) return null;
  return String.fromCharCode(m[1].codePointAt(0)! - 0x1f1e6 + 65, m[2].codePointAt(0)! - 0x1f1e6 + 65);
}

export function countryCodeFrom(...texts: (string | null | undefined)[]): string | null {
  for (const raw of texts) {
    const text = (raw ?? '').trim();
    if (!text) continue;
    const flag = flagToCode(text);
    if (flag) return flag;
    if (/^[A-Z]{2}$/.test(text)) return text;
    const plain = text.replace(/[\u{1F1E6}-\u{1F1FF}]/gu, '').trim().toLowerCase();
    const code = names().get(plain);
    if (code) return code;
  }
  return null;
}
