/**
 * The what-if outcome: which copy of the database serves, how the switch happens, what capacity
 * and data are left, and the documented steps. It reads the memoized outcome; it marks nothing
 * itself except the link between the data centers, which has no box to click.
 */
import { useTranslation } from 'react-i18next';
import { render } from '../../shared/i18n/text.ts';
import { useEditor, useEditorStore } from '../state/context.tsx';
import { selectWhatIf } from '../state/selectors.ts';

export function WhatIfPanel() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const view = useEditor(selectWhatIf);
  const linkDown = useEditor((s) => s.whatIf.failures.link);
  const locale = useEditor((s) => s.locale);
  const hasSecondDataCenter = useEditor((s) => s.doc.design.dataCenters.length > 1);
  if (!view) return null;
  const { outcome, problem } = view;
  return (
    <section className="whatif" aria-label={t('whatif.title')} data-testid="whatif-panel">
      <h2>{t('whatif.title')}</h2>
      <p className="whatif-hint">{t('whatif.hint')}</p>
      {hasSecondDataCenter && (
        <button
          type="button"
          className={`whatif-link${linkDown ? ' is-down' : ''}`}
          aria-pressed={linkDown}
          data-testid="whatif-link"
          onClick={() => store.getState().toggleLinkFailure()}
        >
          {t('whatif.link')}: {t(linkDown ? 'whatif.linkDown' : 'whatif.linkUp')}
        </button>
      )}
      {problem && (
        <p className="whatif-problem" data-testid="whatif-problem" role="status">
          {render(problem.text, problem.params, locale)}
        </p>
      )}
      {outcome && (
        <div
          className="whatif-outcome"
          data-testid="whatif-outcome"
          data-serving={outcome.databaseServing}
          data-failover={outcome.failover}
          data-capacity={outcome.concurrentUserCapacity}
          data-data-loss={outcome.dataLossWindowMinutes ?? ''}
          data-service={outcome.serviceAvailable}
          role="status"
          aria-live="polite"
        >
          <p className="whatif-pool">{t('whatif.pool', { pool: outcome.poolFqdn || outcome.poolId })}</p>
          <p className="whatif-failed">
            <strong>{t('whatif.failed')}: </strong>
            {outcome.failed.length === 0 && !outcome.linkDown
              ? t('whatif.nothingFailed')
              : [...outcome.failed.map((f) => f.label), ...(outcome.linkDown ? [t('whatif.link')] : [])].join(
                  ', ',
                )}
          </p>
          <dl className="whatif-figures">
            <dt>{t('whatif.serving')}</dt>
            <dd data-testid="whatif-serving">
              {t(`whatif.servingValues.${outcome.databaseServing}`)}
              {outcome.database.instance ? ` (${outcome.database.instance})` : ''}
            </dd>
            <dt>{t('whatif.failover')}</dt>
            <dd data-testid="whatif-failover">{t(`whatif.failoverValues.${outcome.failover}`)}</dd>
            <dt>{t('whatif.service')}</dt>
            <dd className={outcome.serviceAvailable ? 'is-up' : 'is-down'}>
              {t(outcome.serviceAvailable ? 'whatif.available' : 'whatif.unavailable')}
            </dd>
            <dt>{t('whatif.capacity')}</dt>
            <dd>
              {outcome.concurrentUserCapacity.toLocaleString(locale)}
              <span className="whatif-sub">
                {t('whatif.capacityNow', {
                  count: outcome.immediately.concurrentUserCapacity.toLocaleString(locale),
                })}
              </span>
            </dd>
            <dt>{t('whatif.dataLoss')}</dt>
            <dd>
              {outcome.dataLossWindowMinutes === null
                ? t('whatif.noDataLoss')
                : t('whatif.dataLossMinutes', { minutes: outcome.dataLossWindowMinutes })}
            </dd>
            <dt>{t('whatif.activeServers')}</dt>
            <dd>
              {outcome.activeServers.length === 0
                ? t('whatif.noActiveServers')
                : outcome.activeServers.join(', ')}
            </dd>
          </dl>
          <h3>{t('whatif.lost')}</h3>
          {outcome.lost.length === 0 ? (
            <p>{t('whatif.nothingLost')}</p>
          ) : (
            <ul className="whatif-lost" data-testid="whatif-lost">
              {outcome.lost.map((l, i) => (
                <li key={`${l.key}-${i}`} data-kind={l.kind}>
                  {render(l.text, l.params, locale)}
                  <span className="whatif-rules">{l.ruleIds.join(' ')}</span>
                </li>
              ))}
            </ul>
          )}
          <h3>{t('whatif.steps')}</h3>
          {outcome.steps.length === 0 ? (
            <p>{t('whatif.noSteps')}</p>
          ) : (
            <ol className="whatif-steps" data-testid="whatif-steps">
              {outcome.steps.map((step, i) => (
                <li key={`${step.id}-${i}`} data-step={step.id} data-phase={step.phase}>
                  <span className="whatif-phase">{t(`whatif.phases.${step.phase}`)}</span>{' '}
                  {render(step.text, step.params, locale)}
                  {step.command && <code className="whatif-command">{step.command}</code>}
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </section>
  );
}
