/**
 * The what-if outcome, one section per Persistent Chat pool: the manager's summary first, then
 * whether the service continues and what it depends on, which copy of the database serves, how
 * the switch happens, what capacity and data are left, and the documented steps. It reads the
 * memoized outcomes; it marks nothing itself except the link between the data centers, which
 * has no box to click. The summary and the service line come from shared/simulation, so the
 * CLI says the same words.
 */
import { useTranslation } from 'react-i18next';
import { render } from '../../shared/i18n/text.ts';
import type { Locale } from '../../shared/i18n/text.ts';
import { managerSummary, serviceHeadline } from '../../shared/simulation/index.ts';
import type { Conclusion, SimulationOutcome } from '../../shared/simulation/index.ts';
import * as actions from '../actions/registry.ts';
import { useEditor, useEditorStore } from '../state/context.tsx';
import { selectWhatIf } from '../state/selectors.ts';
import { ActionButton } from './ActionButton.tsx';
import { Breakable } from './Breakable.tsx';

function Rules({ ids }: { ids: readonly string[] }) {
  return ids.length > 0 ? <span className="whatif-rules">{ids.join(' ')}</span> : null;
}

/** What the service depends on, or what is lost: one sentence per item, with its rule ids. */
function Findings({
  items,
  locale,
  testId,
}: {
  items: readonly (Conclusion & { kind: string })[];
  locale: Locale;
  testId: string;
}) {
  return (
    <ul className="whatif-lost" data-testid={testId}>
      {items.map((c, i) => (
        <li key={`${c.key}-${i}`} data-kind={c.kind}>
          <Breakable text={render(c.text, c.params, locale)} />
          <Rules ids={c.ruleIds} />
        </li>
      ))}
    </ul>
  );
}

function PoolOutcome({ outcome, locale }: { outcome: SimulationOutcome; locale: Locale }) {
  const { t } = useTranslation();
  const headline = serviceHeadline(outcome);
  return (
    <div
      className="whatif-outcome"
      data-testid="whatif-outcome"
      data-pool={outcome.poolId}
      data-serving={outcome.databaseServing}
      data-failover={outcome.failover}
      data-capacity={outcome.concurrentUserCapacity}
      data-data-loss={outcome.dataLossWindowMinutes ?? ''}
      data-service={outcome.serviceAvailable}
      data-interruption={outcome.interruption}
      role="status"
      aria-live="polite"
    >
      <h3 className="whatif-pool">
        <Breakable text={t('whatif.pool', { pool: outcome.poolFqdn || outcome.poolId })} />
      </h3>
      <p className="whatif-summary" data-testid="whatif-summary">
        <strong>{t('whatif.summary')}: </strong>
        <Breakable text={managerSummary(outcome, locale)} />
      </p>
      <p
        className={`whatif-service ${outcome.serviceAvailable ? 'is-up' : 'is-down'}`}
        data-testid="whatif-service"
      >
        <strong>{t('whatif.service')}: </strong>
        <Breakable text={render(headline.text, headline.params, locale)} />
        <Rules ids={headline.ruleIds} />
      </p>
      <dl className="whatif-figures">
        <dt>{t('whatif.serving')}</dt>
        <dd data-testid="whatif-serving">
          {t(`whatif.servingValues.${outcome.databaseServing}`)}
          {outcome.database.instance && <Breakable text={` (${outcome.database.instance})`} />}
        </dd>
        <dt>{t('whatif.failover')}</dt>
        <dd data-testid="whatif-failover">{t(`whatif.failoverValues.${outcome.failover}`)}</dd>
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
            : t('whatif.dataLossMinutes', { count: outcome.dataLossWindowMinutes })}
        </dd>
        <dt>{t('whatif.activeServers')}</dt>
        <dd>
          {outcome.activeServers.length === 0 ? (
            t('whatif.noActiveServers')
          ) : (
            <Breakable text={outcome.activeServers.join(', ')} />
          )}
        </dd>
      </dl>
      {outcome.blockedBy.length > 0 && (
        <>
          <h4>{t('whatif.dependsOn')}</h4>
          <Findings items={outcome.blockedBy} locale={locale} testId="whatif-blocked" />
        </>
      )}
      <h4>{t('whatif.lost')}</h4>
      {outcome.lost.length === 0 ? (
        <p>{t('whatif.nothingLost')}</p>
      ) : (
        <Findings items={outcome.lost} locale={locale} testId="whatif-lost" />
      )}
      <h4>{t('whatif.steps')}</h4>
      {outcome.steps.length === 0 ? (
        <p>{t('whatif.noSteps')}</p>
      ) : (
        <ol className="whatif-steps" data-testid="whatif-steps">
          {outcome.steps.map((step, i) => (
            <li key={`${step.id}-${i}`} data-step={step.id} data-phase={step.phase}>
              <span className="whatif-phase">{t(`whatif.phases.${step.phase}`)}</span>{' '}
              <Breakable text={render(step.text, step.params, locale)} />
              {step.command && (
                <code className="whatif-command">
                  <Breakable text={step.command} />
                </code>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

export function WhatIfPanel() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const view = useEditor(selectWhatIf);
  const linkDown = useEditor((s) => s.whatIf.failures.link);
  const locale = useEditor((s) => s.locale);
  const hasSecondDataCenter = useEditor((s) => s.doc.design.dataCenters.length > 1);
  if (!view) return null;
  const { outcomes, problem } = view;
  // The failures are the same for every pool.
  const first = outcomes[0];
  return (
    <section className="whatif" aria-label={t('whatif.title')} data-testid="whatif-panel">
      <h2>{t('whatif.title')}</h2>
      <p className="whatif-hint">{t('whatif.hint')}</p>
      <div className="whatif-actions">
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
        {outcomes.length > 0 && <ActionButton action={actions.exportOutcome} />}
      </div>
      {problem && (
        <p className="whatif-problem" data-testid="whatif-problem" role="status">
          {render(problem.text, problem.params, locale)}
        </p>
      )}
      {first && (
        <p className="whatif-failed">
          <strong>{t('whatif.failed')}: </strong>
          {first.failed.length === 0 && !first.linkDown ? (
            t('whatif.nothingFailed')
          ) : (
            <Breakable
              text={[...first.failed.map((f) => f.label), ...(first.linkDown ? [t('whatif.link')] : [])].join(
                ', ',
              )}
            />
          )}
        </p>
      )}
      {outcomes.map((o) => (
        <PoolOutcome key={o.poolId} outcome={o} locale={locale} />
      ))}
    </section>
  );
}
