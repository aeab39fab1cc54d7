/**
 * The first stops of the Tab order: past the toolbar and the palette straight to the findings
 * (or the canvas). Hidden until focused, as skip links are.
 */
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFindings } from './focus.ts';

function focusCanvas() {
  const first = document.querySelector<HTMLElement>('.react-flow__node-element');
  (first ?? document.querySelector<HTMLElement>('.react-flow'))?.focus();
}

export function SkipLinks() {
  const { t } = useTranslation();
  const go = (to: () => void) => (e: MouseEvent) => {
    e.preventDefault();
    to();
  };
  return (
    <nav className="skip-links" aria-label={t('a11y.skip.label')}>
      <a
        href="#findings-heading"
        className="skip-link"
        data-testid="skip-findings"
        onClick={go(focusFindings)}
      >
        {t('a11y.skip.findings')}
      </a>
      <a href="#canvas" className="skip-link" data-testid="skip-canvas" onClick={go(focusCanvas)}>
        {t('a11y.skip.canvas')}
      </a>
    </nav>
  );
}
