/**
 * Teach mode's selectors (pure DOM): `deriveSelector(el)` names one element by stable attributes and
 * structure, `deriveRowSelector(el)` generalises a pointed-at message to the rows of its kind,
 * `describeShadowPath(el)` / `resolveShadowPath(doc, path)` cross shadow roots and iframes, one selector a hop.
 */
export { deriveSelector, describeShadowPath, resolveShadowPath, stableSteps } from './derive-selector';
export { deriveRowSelector, messageRow, type RowSelector } from './row-selector';
export { isHashLike } from './hash-like';
