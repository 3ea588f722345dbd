/**
 * Import pack files (picker or drag & drop; JSON, YAML or signed JSON). Each file is checked on its own:
 * one bad file doesn't stop the others, and its problems are listed under its name, by path.
 */
import { useRef, useState, type DragEvent } from 'react';
import type { ImportResult, PackAdmin } from '@/knowledge/pack-admin';
import type { UiLang } from '@/components/i18n';
import { tu } from '@/components/i18n-ui';

export function PackImport({ lang, admin }: { lang: UiLang; admin: PackAdmin }) {
  const [results, setResults] = useState<ImportResult[]>([]);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const run = async (files: File[]) => {
    if (!files.length) return;
    setResults([]);
    setBusy(true);
    const out: ImportResult[] = [];
    // The background installs them one at a time; a failure it could not even report is still listed.
    for (const f of files) {
      out.push(
        await admin
          .importFile({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })
          .catch((error: unknown) => ({ file: f.name, ok: false as const, refused: false, problems: [{ path: '', message: error instanceof Error ? error.message : String(error) }] })),
      );
    }
    setResults(out);
    setBusy(false);
    if (input.current) input.current.value = '';
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void run([...e.dataTransfer.files]);
  };

  return (
    <section className="tact-section" aria-labelledby="tact-import-title">
      <h3 id="tact-import-title">{tu(lang, 'importTitle')}</h3>
      <div
        className={`tact-dropzone${over ? ' tact-dropzone--over' : ''}`}
        data-testid="pack-dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>{tu(lang, 'dropHere')}</p>
        <label className="tact-file-button">
          {tu(lang, 'chooseFiles')}
          <input ref={input} type="file" accept=".json,.yaml,.yml,application/json" multiple onChange={(e) => void run([...(e.target.files ?? [])])} disabled={busy} />
        </label>
        <p className="tact-help">{tu(lang, 'importHelp')}</p>
      </div>
      {busy && <p className="tact-muted">{tu(lang, 'importing')}</p>}
      <ul className="tact-import-results" aria-live="polite">
        {results.map((r) => (
          <li key={r.file} className={r.ok ? 'tact-ok' : 'tact-failed'} data-file={r.file}>
            {r.ok ? (
              <p>
                <strong>{r.file}</strong>: {tu(lang, r.status === 'unchanged' ? 'importUnchanged' : r.status === 'updated' ? 'importUpdated' : 'importInstalled', { id: r.id, version: r.version })}
                {r.counts && ` (${tu(lang, 'countAdded', { n: r.counts.added })}, ${tu(lang, 'countChanged', { n: r.counts.changed })}, ${tu(lang, 'countRemoved', { n: r.counts.removed })})`}
                {r.signature === 'unsigned' && <span className="tact-badge tact-badge--warn"> {tu(lang, 'sigUnsigned')}</span>}
              </p>
            ) : (
              <div role="alert">
                <p>
                  <strong>{r.file}</strong>: {tu(lang, r.refused ? 'importRefused' : 'importInvalid')}
                </p>
                <ul className="tact-problems">
                  {r.problems.map((p, i) => (
                    <li key={i}>
                      {p.path && <code className="tact-problem-path">{p.path}</code>} {p.message}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
