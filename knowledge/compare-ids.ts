/** Plain code-unit order for entry and pack ids (ASCII): the first localeCompare costs a cold worker ICU's collator. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
