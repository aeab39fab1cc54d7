/** The rules engine's verdict on the design, recomputed after every edit, with counts and filters. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../shared/model/types.ts';
import { useEditor } from '../state/context.tsx';
import { selectFindings } from '../state/selectors.ts';
import { FindingItem } from './FindingItem.tsx';
import { SeverityIcon } from './SeverityIcon.tsx';

const severities: readonly Severity[] = ['error', 'warning', 'info'];

export function FindingsPanel() {
  const { t } = useTranslation();
  const { findings, summary } = useEditor(selectFindings);
  const [hidden, setHidden] = useState<ReadonlySet<Severity>>(new Set(['info']));
  const counts: Record<Severity, number> = {
    error: summary.errors,
    warning: summary.warnings,
    info: summary.info,
  };
  const shown = hidden.size === 0 ? findings : findings.filter((f) => !hidden.has(f.severity));
  const toggle = (s: Severity) => {
    const next = new Set(hidden);
    if (next.has(s)) next.delete(s);
    else next.add(s);
    setHidden(next);
  };
  return (
    <section className="findings" aria-labelledby="findings-heading" data-testid="findings-panel">
      <h2 id="findings-heading" tabIndex={-1}>
        {t('findings.title')}
      </h2>
      <div
        className="findings-summary"
        data-testid="findings-summary"
        data-errors={summary.errors}
        data-warnings={summary.warnings}
        data-info={summary.info}
        role="status"
        aria-live="polite"
      >
        {severities.map((s) => (
          <button
            key={s}
            type="button"
            className={`count count-${s}`}
            aria-pressed={!hidden.has(s)}
            title={t('findings.toggle')}
            onClick={() => toggle(s)}
          >
            <SeverityIcon severity={s} />
            {t(`findings.count.${s}`, { count: counts[s] })}
          </button>
        ))}
      </div>
      {findings.length === 0 ? (
        <p className="findings-clean">{t('findings.none')}</p>
      ) : (
        <ul className="finding-list">
          {shown.map((f, i) => (
            <FindingItem key={`${f.ruleId}-${f.elements.join(',')}-${i}`} finding={f} />
          ))}
        </ul>
      )}
    </section>
  );
}
