/**
 * Does a class name or id look generated (rebuilt with a new value on the site's next deploy)? CSS-module
 * hashes (`_bubble_1a2b3`, `bubble__x9F2k`), styled-components / emotion (`sc-bdVaJa`, `css-1x2y3z`),
 * framework ids (`katal-id-12`, `:r3:`, `ember123`) and long random alphanumerics.
 */
const GENERATED = [
  /^(?:sc|css|jsx|emotion|svelte|chakra|mui|makeStyles|jss)-[\w-]*[0-9][\w-]*$/i,
  /^(?:sc|css)-[a-z]{5,}$/i,
  /^_[\w-]*_[a-z0-9]{4,}(?:_\d+)?$/i,
  /[_-]{1,2}[a-z0-9]*\d[a-z0-9]*$/i,
  /^:r[0-9a-z]+:$/i,
  /^(?:ember|react|katal-id|ext-gen|yui_|j_id|ng-tns|ng-c)\S*\d/i,
  /^[a-z]{1,3}\d{3,}$/i,
  /\d{4,}/,
];

export function isHashLike(token: string): boolean {
  if (!token) return true;
  if (GENERATED.some((re) => re.test(token))) return true;
  // A long run of letters and digits mixed, with no word boundary: random.
  if (token.length >= 8 && /^[a-z0-9]+$/i.test(token) && /\d/.test(token) && /[a-z]/i.test(token)) return true;
  // Random case mixing (`bdVaJa`, `kTzQpX`) is not how people name classes.
  if (/^[a-z]{2,}$/i.test(token) && (token.match(/[A-Z]/g)?.length ?? 0) >= 2 && (token.match(/[a-z]/g)?.length ?? 0) >= 2 && !/^[A-Z]?[a-z]+(?:[A-Z][a-z]{2,})+$/.test(token)) return true;
  return false;
}
