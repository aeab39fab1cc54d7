/** The mark on a box or line that a finding names: the worst severity, and how many findings. */
import { useTranslation } from 'react-i18next';
import type { Badge } from '../state/findings.ts';
import { SeverityIcon } from './SeverityIcon.tsx';

export function SeverityBadge({ badge }: { badge: Badge }) {
  const { t } = useTranslation();
  const label = t(`badge.${badge.severity}`, { count: badge.count });
  return (
    <span className={`badge badge-${badge.severity}`} title={label} aria-label={label} data-testid="badge">
      <SeverityIcon severity={badge.severity} size={10} />
      {badge.count}
    </span>
  );
}
