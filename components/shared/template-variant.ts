import type { ReplyTemplate, TemplateVariant } from '@/knowledge/schema';

/** The variant to show or copy: the requested language, else English, else the first. */
export function variantFor(template: ReplyTemplate, language?: string): TemplateVariant {
  return template.variants.find((v) => v.language === language) ?? template.variants.find((v) => v.language === 'en') ?? template.variants[0];
}
