import type { LintFinding } from '@/utils/reply/lint';
import { pick, t, type UiLang } from '@/components/i18n';

/** Live compliance check of what is in the page's reply box (the marketplace's rules from the pack). */
export function LintCard({ lang, findings, checked }: { lang: UiLang; findings: LintFinding[]; checked: boolean }) {
  if (!checked) return null;
  return (
    <section className="tact-card tact-lint" aria-labelledby="tact-lint-title" data-card="lint" data-findings={findings.length}>
      <h3 id="tact-lint-title" className="tact-card-title">
        {t(lang, 'compliance')}
      </h3>
      {findings.length === 0 ? (
        <p className="tact-ok">✓ {t(lang, 'complianceClean')}</p>
      ) : (
        <ul role="list" aria-live="polite">
          {findings.map((f) => (
            <li key={`${f.ruleId}-${f.start}`} className={`tact-finding tact-finding--${f.severity}`} data-rule-id={f.ruleId} data-check={f.check}>
              <strong>
                {f.severity === 'error' ? '⛔' : '⚠'} «{f.match}»
              </strong>{' '}
              {pick(lang, f.explanation)}
              {lang === 'en' ? (
                <span className="tact-muted tact-other-lang" lang="zh-CN">
                  {' '}
                  {f.explanation.zh}
                </span>
              ) : (
                <span className="tact-muted tact-other-lang" lang="en">
                  {' '}
                  {f.explanation.en}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
