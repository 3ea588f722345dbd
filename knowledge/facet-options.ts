/** Filter values for the popup and side panel, from the enabled packs only (a disabled pack offers nothing). */
import type { FacetOptions } from './answers';
import type { KnowledgeBase } from './layering';
import { facetsOf } from './search/documents';

export function facetOptions(base: KnowledgeBase): FacetOptions {
  const countries = new Set<string>(base.countries.keys());
  const languages = new Set<string>();
  for (const { entry } of base.entries) {
    const f = facetsOf(entry);
    for (const c of f.countries) countries.add(c);
    for (const l of f.languages) languages.add(l);
  }
  return { countries: [...countries].sort(), languages: [...languages].sort() };
}
