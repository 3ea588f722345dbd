import { useState } from 'react';
import { t, type UiLang } from '@/components/i18n';

/** Fallback when no conversation can be read: the agent pastes the buyer's message. */
export function PasteBox({ lang, onSubmit }: { lang: UiLang; onSubmit(text: string): void }) {
  const [text, setText] = useState('');
  return (
    <form
      className="tact-card tact-paste"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onSubmit(text.trim());
      }}
    >
      <p className="tact-muted">{t(lang, 'noConversation')}</p>
      <label htmlFor="tact-paste-text">{t(lang, 'pasteHint')}</label>
      <textarea id="tact-paste-text" value={text} onChange={(e) => setText(e.target.value)} rows={4} />
      <button type="submit" className="tact-primary" disabled={!text.trim()}>
        {t(lang, 'detect')}
      </button>
    </form>
  );
}
