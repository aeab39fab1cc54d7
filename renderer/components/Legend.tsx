/** What each kind of line means, drawn with the very classes the lines use. */
import { useState } from 'react';
import { Panel } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { relationKinds } from '../model/relations.ts';
import { markerId } from './edges/RelationEdge.tsx';
import { SeverityKey } from './SeverityKey.tsx';
import { legendStartsOpen, rememberLegendOpen } from './legend-open.ts';

export function Legend() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(legendStartsOpen);
  const toggle = () => {
    rememberLegendOpen(!open);
    setOpen(!open);
  };
  return (
    <Panel position="bottom-left" className="legend-panel">
      <section className="legend" data-testid="legend" aria-label={t('legend.title')}>
        <button
          type="button"
          className="legend-toggle"
          aria-expanded={open}
          data-testid="legend-toggle"
          onClick={toggle}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t('legend.title')}
        </button>
        {open && (
          <ul>
            {relationKinds.map((kind) => (
              <li key={kind} data-testid={`legend-${kind}`}>
                <svg width="44" height="12" aria-hidden="true" className={`relation relation-${kind}`}>
                  <path
                    className="react-flow__edge-path"
                    d="M2,6 L38,6"
                    markerEnd={kind === 'member' ? undefined : `url(#${markerId(kind)})`}
                  />
                </svg>
                <span>
                  <strong>{t(`relations.${kind}`)}</strong> {t(`legend.${kind}`)}
                </span>
              </li>
            ))}
          </ul>
        )}
        {open && <SeverityKey />}
      </section>
    </Panel>
  );
}
