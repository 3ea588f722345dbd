import { useState } from 'react';
import { t, type UiLang } from '@/components/i18n';

/**
 * The agent pastes the buyer's message: where nothing can be read, and any time after (as often as needed).
 * The box empties after each submit so the next message can go in.
 */
export function PasteBox({ lang, onSubmit, intro = 'noConversation' }: { lang: UiLang; onSubmit(text: string): void; intro?: 'noConversation' | 'unreadable' | null }) {
  const [text, setText] = useState('');
  return (
    <form
      className="tact-card tact-paste"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        onSubmit(text.trim());
        setText('');
      }}
    >
      {intro && <p className="tact-muted">{t(lang, intro)}</p>}
      <label htmlFor="tact-paste-text">{t(lang, 'pasteHint')}</label>
      <textarea id="tact-paste-text" value={text} onChange={(e) => setText(e.target.value)} rows={4} />
      <button type="submit" className="tact-primary" disabled={!text.trim()}>
        {t(lang, 'detect')}
      </button>
    </form>
  );
}
