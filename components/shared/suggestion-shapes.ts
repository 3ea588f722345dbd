/** Adapters so the overlay's suggestion components (which take a Suggestions object) can show any template. */
import { fillPlaceholders, type PlaceholderValues } from '../../utils/reply/fill';
import type { Suggestions, TemplateSuggestion } from '../../utils/messaging/protocol';
import type { Detection } from '../../utils/detection/types';
import { placeholderValues } from '../overlay/template-list';

export const NO_DETECTION: Detection = {
  language: 'und',
  languageConfidence: 0,
  intent: 'other',
  intents: [],
  sentiment: 'calm',
  risk: false,
  country: null,
  countries: [],
};

export function templatesOnly(templates: TemplateSuggestion[]): Suggestions {
  return { detection: NO_DETECTION, country: null, cultureTips: [], playbooks: [], templates, policyRules: [], vocabulary: [] };
}

/**
 * TemplateList reports only the text it filled; find which suggestion that was (same fill, same values),
 * so the usage log can record the template id without ever seeing the text.
 */
export function suggestionForText(templates: TemplateSuggestion[], text: string, values: PlaceholderValues): TemplateSuggestion | undefined {
  const all = placeholderValues(null, values);
  return templates.find((s) => fillPlaceholders(s.variant.text, all).text === text);
}
