import type { Bilingual } from '@/knowledge/schema';
import { pick, type UiLang } from '@/components/i18n';

/** A titled card of bilingual lines (a playbook's evidence, a country's dos and don'ts); nothing when empty. */
export function BilingualList({ lang, title, items, className }: { lang: UiLang; title: string; items: Bilingual[]; className?: string }) {
  if (!items.length) return null;
  return (
    <section className={className ? `tact-card ${className}` : 'tact-card'}>
      <h3 className="tact-card-title">{title}</h3>
      <ul className="tact-plain-list">
        {items.map((item, i) => (
          <li key={i}>{pick(lang, item)}</li>
        ))}
      </ul>
    </section>
  );
}
