/** Which layer read the page, so the agent knows how far to trust it (and can correct it). */
import { t, type UiLang } from '@/components/i18n';
import type { ReadSource } from '@/utils/sites/conversation';

const LABEL = { 'site-rule': 'sourceSiteRule', generic: 'sourceGeneric', taught: 'sourceTaught', pasted: 'sourcePasted' } as const;

export function SourceNote({ lang, source, onWrong }: { lang: UiLang; source: ReadSource; onWrong?(): void }) {
  return (
    <p className="tact-source tact-muted" data-source={source}>
      {t(lang, LABEL[source])}
      {onWrong && (
        <>
          {' · '}
          <button type="button" className="tact-link" data-action="teach-open" onClick={onWrong}>
            {t(lang, 'teachWrong')}
          </button>
        </>
      )}
    </p>
  );
}
