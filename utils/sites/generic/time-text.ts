/** Times and dates as chat rows and separators show them, in the formats sellers' pages use. */

/** A clock time (09:14, 9:14 PM, 21時14分) or a date (2026-11-22, 22.11.2026, 11/22/2026, 2026年11月22日). */
export const TIME_OR_DATE =
  /\b\d{1,2}:\d{2}(?::\d{2})?\s?(?:[ap]\.?m\.?)?\b|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}時\d{1,2}分|\d{1,2}월\s?\d{1,2}일/i;
/** Every date in a text, for pulling facts. */
export const DATES = /\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?\b|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b|\d{4}年\d{1,2}月\d{1,2}日/g;

/** Relative day words a date separator or a time label uses. */
const RELATIVE = /^(?:today|yesterday|heute|gestern|aujourd'hui|hier|hoy|ayer|oggi|ieri|hoje|ontem|vandaag|gisteren|dzisiaj|wczoraj|сегодня|вчера|今天|昨天|今日|昨日|오늘|어제|just now|now)\b/i;

/** Is the whole text a time or date label (a row's timestamp, a day separator), not a message? */
export function isTimeLabel(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 40) return false;
  if (RELATIVE.test(t)) return t.length < 30;
  if (!TIME_OR_DATE.test(t)) return false;
  // What is left once the numbers go is month names and separators, not words of a message.
  return t.replace(TIME_OR_DATE, '').replace(/[\d\s,.:/\-年月日時分월일]|[ap]\.?m\.?/gi, '').length <= 12;
}
