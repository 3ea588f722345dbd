/**
 * Built-in detectors behind the `link`, `email` and `emoji` policy checks (phone lives in lint-phone.ts).
 * A regex alone can't say "a link, but not to the marketplace itself" or "an emoji, but not ™", so these
 * are small functions; a rule's own `patterns` add extras on top.
 */
import type { SiteMarketplace } from '@/knowledge/intents';
import { marketplaceOfHost } from '@/utils/sites/marketplace-hosts';

export interface Span {
  start: number;
  end: number;
}

// TLDs a bare "shop.example.xyz" may end in. Deliberately no file extensions that are also TLDs (zip, mov,
// md, sh) and no "li": "photo.zip", "readme.md" and "Mr.Li" are not links.
const TLDS =
  'com|net|org|info|biz|io|co|me|tv|cc|ly|gl|to|link|shop|store|online|site|website|xyz|top|app|dev|page|club|vip|' +
  'live|life|world|today|tech|cloud|ai|gg|fm|so|ws|us|uk|de|fr|es|it|nl|pl|ru|ua|by|kz|tr|br|mx|ar|cl|pe|co|ca|au|nz|' +
  'jp|kr|cn|hk|tw|sg|my|th|vn|id|ph|in|pk|ae|sa|eg|za|ng|ke|il|se|no|dk|fi|ie|be|at|ch|pt|gr|cz|sk|hu|ro|bg|' +
  'hr|si|rs|lt|lv|ee|eu|asia|mobi|pro|ltd|company|global|email|tk|ml|ga|cf|gq|su';

const TLD_SET = new Set(TLDS.split('|'));
const URL_CHARS = String.raw`[^\s<>"'（）【】「」『』，。、]`;
// Both regexes start with a literal, so V8 jumps between candidates instead of trying every position;
// the "not inside a word" conditions are checked in code for the same reason.
const URL_RE = new RegExp(String.raw`(?:https?|ftp):\/\/${URL_CHARS}+|www\.${URL_CHARS}+`, 'giu');
const TLD_RE = new RegExp(String.raw`\.(?:${TLDS})(?![\p{L}\p{N}_@-])`, 'giu');
const LABELS_BEFORE = /(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+$/i;
const LABELS_AFTER = /[a-z0-9-]*(?:\.[a-z0-9-]+)*/iy;
const PATH = new RegExp(String.raw`[/?#]${URL_CHARS}*`, 'uy');
const TRAILING_PUNCT = /[.,;:!?)\]}'"’”]+$/u;
const NOT_BEFORE_URL = /[\p{L}\p{N}@.-]/u;
const NOT_BEFORE_DOMAIN = /[\p{L}\p{N}@._%+\-/]/u;

function hostOf(url: string): string {
  return url
    .replace(/^(?:https?|ftp):\/\//i, '')
    .split(/[/?#:]/)[0]
    .toLowerCase();
}

/** "shop.example.com/path" around the TLD found at `dot`, or null when it isn't a domain. */
function bareDomainAt(text: string, dot: number): Span | null {
  const left = LABELS_BEFORE.exec(text.slice(Math.max(0, dot - 200), dot + 1));
  if (!left) return null;
  const start = dot + 1 - left[0].length;
  if (start > 0 && NOT_BEFORE_DOMAIN.test(text[start - 1])) return null;
  LABELS_AFTER.lastIndex = dot + 1;
  const labels = (LABELS_AFTER.exec(text)?.[0] ?? '').split('.');
  // "shop.com.cn": extend over further labels, but end on one that is a TLD.
  while (labels.length > 1 && !TLD_SET.has(labels[labels.length - 1].toLowerCase())) labels.pop();
  const tld = labels[labels.length - 1];
  const hostEnd = dot + 1 + labels.join('.').length;
  const host = text.slice(start, hostEnd);
  // "arrived.It was" is a missing space, not a domain: a TLD in mixed or upper case only counts when the
  // whole host is written in capitals.
  if (tld !== tld.toLowerCase() && host !== host.toUpperCase()) return null;
  if (/^[\p{L}\p{N}_@-]/u.test(text.slice(hostEnd, hostEnd + 1))) return null;
  PATH.lastIndex = hostEnd;
  const path = PATH.exec(text)?.[0] ?? '';
  return { start, end: hostEnd + path.length };
}

/**
 * A domain with its dot spelled out ("acme-shop dot com", "acme (punto) es"): only before a TLD buyers
 * are sent to, so ordinary prose with the word "dot" never matches. Romance "point/punto/ponto" are
 * everyday words ("un punto de recogida"): they count only in brackets.
 */
const WORDED_DOMAIN =
  /(?<![\p{L}\p{N}.-])[\p{L}\p{N}][\p{L}\p{N}-]*(?:\s*[[(（]\s*(?:dot|punkt|point|punto|ponto|kropka|nokta)\s*[\])）]\s*|\s+(?:dot|punkt|kropka|nokta)\s+)(?:com|net|org|shop|store|site|online|info|biz|io|co|me|de|fr|es|it|nl|pl|ru|uk|br|jp|cn|tr|eu)(?![\p{L}\p{N}])/giu;

export function findLinks(text: string, marketplace: SiteMarketplace): Span[] {
  const out: Span[] = [];
  const push = (start: number, raw: string) => {
    const url = raw.replace(TRAILING_PUNCT, '');
    // Marketplace pages a reply may link to (Amazon: only pages needed to complete the order).
    if (url.length < 4 || marketplaceOfHost(hostOf(url)) === marketplace) return;
    out.push({ start, end: start + url.length });
  };
  for (const m of text.matchAll(URL_RE)) {
    const before = m.index > 0 ? text[m.index - 1] : '';
    const isWww = m[0][0] === 'w' || m[0][0] === 'W';
    if (before && (isWww ? NOT_BEFORE_URL : /[\p{L}\p{N}]/u).test(before)) continue;
    push(m.index, m[0]);
  }
  let covered = out.length ? out[out.length - 1].end : -1;
  const inUrl = (i: number) => out.some((s) => i >= s.start && i < s.end);
  for (const m of text.matchAll(TLD_RE)) {
    if (m.index < covered || inUrl(m.index)) continue;
    const span = bareDomainAt(text, m.index);
    if (!span) continue;
    covered = span.end;
    push(span.start, text.slice(span.start, span.end));
  }
  if (/dot|punkt|point|punto|ponto|kropka|nokta/i.test(text)) {
    for (const m of text.matchAll(WORDED_DOMAIN)) if (!inUrl(m.index)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

const AT_SIGN = /[@＠]/g;
const LOCAL_PART = /[\p{L}\p{N}._%+-]+$/u;
const DOMAIN_PART = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/uy;
const OBFUSCATED_EMAIL = new RegExp(
  [
    // "name (at) shop (dot) com", "name[at]shop.com"
    String.raw`[\p{L}\p{N}._%+-]+\s*[\[(（]\s*(?:at|@)\s*[\])）]\s*[\p{L}\p{N}-]+(?:\s*(?:[\[(（]\s*dot\s*[\])）]|\.)\s*[\p{L}\p{N}-]+|\s+dot\s+[\p{L}\p{N}-]+)+`,
    // "name at gmail dot com" (only well-known mail hosts, so ordinary prose never matches)
    String.raw`[\p{L}\p{N}._-]+\s+at\s+(?:gmail|googlemail|yahoo|hotmail|outlook|live|icloud|qq|163|126|gmx|web|yandex|mail|proton(?:mail)?|aol)\s+dot\s+[a-z]{2,}`,
  ].join('|'),
  'giu',
);
/** Cheap checks so the obfuscated forms are only searched for when their markers are present. */
const OBFUSCATION_HINT = /[[(（]\s*(?:at|@)\s*[\])）]|\sdot\s/i;

export function findEmails(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(AT_SIGN)) {
    const local = LOCAL_PART.exec(text.slice(Math.max(0, m.index - 64), m.index));
    DOMAIN_PART.lastIndex = m.index + 1;
    const domain = DOMAIN_PART.exec(text);
    if (!local || !domain) continue;
    out.push({ start: m.index - local[0].length, end: m.index + 1 + domain[0].length });
  }
  if (OBFUSCATION_HINT.test(text)) {
    for (const m of text.matchAll(OBFUSCATED_EMAIL)) {
      if (m.index > 0 && /[\p{L}\p{N}]/u.test(text[m.index - 1])) continue;
      out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// One emoji "cluster": a flag (two regional indicators), a keycap, or a pictograph with its variation
// selector, skin tone, tag sequence (subdivision flags) and ZWJ-joined followers.
const EMOJI_RE =
  /\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|[\u{E0020}-\u{E007E}]+\u{E007F})*(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*)*/gu;
/**
 * Extended_Pictographic characters that are ordinary text unless followed by U+FE0F: © ® ™ and the CJK
 * marks 〰 (wavy dash, used in Japanese) and 〽.
 */
const TEXT_SYMBOLS = new Set(['\u00A9', '\u00AE', '\u2122', '\u3030', '\u303D']);

export function findEmojis(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(EMOJI_RE)) {
    if (m[0].length === 1 && TEXT_SYMBOLS.has(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
