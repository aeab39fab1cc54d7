/**
 * One finding: clicking it selects and centres the elements it names; its quick fix, when it
 * has one, applies in one click and is one undo step.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../shared/rules/types.ts';
import { useEditorStore } from '../state/context.tsx';
import { focusAfterFix } from './focus.ts';
import { SeverityIcon } from './SeverityIcon.tsx';

function FindingItemView({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  return (
    <li
      className={`finding finding-${finding.severity}`}
      data-testid="finding"
      data-rule={finding.ruleId}
      data-severity={finding.severity}
    >
      <button
        type="button"
        className="finding-show"
        title={t('findings.show')}
        onClick={() => store.getState().select(finding.elements, { focus: true })}
      >
        <span className={`severity severity-${finding.severity}`}>
          <SeverityIcon severity={finding.severity} />
          {t(`severity.${finding.severity}`)}
        </span>
        <span className="rule-id">{finding.ruleId}</span>
        <span className="finding-message">{finding.message}</span>
        {finding.alsoRuleIds.length > 0 && (
          // A planner who looks up either id of one condition finds the finding (PC-022 and PC-024).
          <span className="finding-also" data-testid="finding-also">
            {t('findings.alsoRules', {
              count: finding.alsoRuleIds.length,
              ids: finding.alsoRuleIds.join(', '),
            })}
          </span>
        )}
      </button>
      {finding.fix && (
        <button
          type="button"
          className="quick-fix"
          data-testid="quick-fix"
          title={t('findings.quickFixHint')}
          onClick={(e) => {
            const item = e.currentTarget.closest('li');
            store.getState().applyQuickFix(finding);
            // The fixed finding is gone; the one after it takes its place (or the heading, if none is left).
            if (item) focusAfterFix(item);
          }}
        >
          {t('findings.quickFix', { title: finding.fix.title })}
        </button>
      )}
    </li>
  );
}

export const FindingItem = memo(FindingItemView);
