/**
 * Each severity has its own shape as well as its colour, so a planner who cannot tell red from
 * amber still can: an error is a circle with ×, a warning a triangle with !, a note a square
 * with i. Decorative beside a text that names the severity, so hidden from screen readers.
 */
import type { Severity } from '../../shared/model/types.ts';

export function SeverityIcon({ severity, size = 12 }: { severity: Severity; size?: number }) {
  return (
    <svg
      className={`severity-icon severity-icon-${severity}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      data-shape={severity === 'error' ? 'circle' : severity === 'warning' ? 'triangle' : 'square'}
    >
      {severity === 'error' && (
        <>
          <circle cx="8" cy="8" r="7.5" className="severity-icon-shape" />
          <path d="M5 5 L11 11 M11 5 L5 11" className="severity-icon-mark" />
        </>
      )}
      {severity === 'warning' && (
        <>
          <path d="M8 0.8 L15.5 15 L0.5 15 Z" className="severity-icon-shape" />
          <path d="M8 5.5 L8 10.5 M8 12.3 L8 12.9" className="severity-icon-mark" />
        </>
      )}
      {severity === 'info' && (
        <>
          <rect x="0.5" y="0.5" width="15" height="15" rx="2" className="severity-icon-shape" />
          <path d="M8 7 L8 12.5 M8 3.6 L8 4.2" className="severity-icon-mark" />
        </>
      )}
    </svg>
  );
}
