/** The legend's key to the finding marks: each severity's shape and its name. */
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../shared/model/types.ts';
import { SeverityIcon } from './SeverityIcon.tsx';

const severities: readonly Severity[] = ['error', 'warning', 'info'];

export function SeverityKey() {
  const { t } = useTranslation();
  return (
    <ul className="severity-key" data-testid="legend-severities">
      {severities.map((s) => (
        <li key={s}>
          <SeverityIcon severity={s} />
          <span>{t(`severity.${s}`)}</span>
        </li>
      ))}
    </ul>
  );
}
