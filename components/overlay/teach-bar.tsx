/** Teach mode's buttons: point at the buyer's message or the reply box; forget or export what was shown. */
import { t, type UiLang } from '@/components/i18n';
import type { TeachTarget } from './assist-store';

interface Props {
  lang: UiLang;
  teaching: TeachTarget | null;
  taught: boolean;
  onTeach(target: TeachTarget): void;
  onForget(): void;
  onExport(): void;
}

export function TeachBar({ lang, teaching, taught, onTeach, onForget, onExport }: Props) {
  if (teaching) {
    return (
      <p className="tact-teach tact-teach--picking" role="status" data-teaching={teaching}>
        {t(lang, 'teachPicking')}
      </p>
    );
  }
  return (
    <div className="tact-teach">
      <button type="button" data-action="teach-message" onClick={() => onTeach('message')}>
        {t(lang, 'teachMessage')}
      </button>
      <button type="button" data-action="teach-reply-box" onClick={() => onTeach('replyBox')}>
        {t(lang, 'teachReplyBox')}
      </button>
      {taught && (
        <>
          <button type="button" data-action="teach-export" onClick={onExport}>
            {t(lang, 'teachExport')}
          </button>
          <button type="button" data-action="teach-forget" onClick={onForget}>
            {t(lang, 'teachForget')}
          </button>
        </>
      )}
    </div>
  );
}
