/**
 * Everything the model has, to drag onto the canvas or to add with the keyboard. Dragging uses
 * pointer events (not HTML drag and drop), so it behaves the same with a mouse, a pen or a
 * touch screen, in the browser and in Electron. A click, Enter or Space adds the element to the
 * selected data center (or the first one) at a free spot.
 */
import { useRef } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { placeableKinds } from '../model/kinds.ts';
import type { PlaceableKind } from '../model/kinds.ts';
import { useEditorStore } from '../state/context.tsx';
import { KindIcon } from './KindIcon.tsx';

/** Pixels the pointer must travel before a press becomes a drag rather than a click. */
const DRAG_THRESHOLD = 4;

export function Palette() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const { screenToFlowPosition } = useReactFlow();
  const ghost = useRef<HTMLDivElement>(null);
  const dragged = useRef(false);

  const startDrag = (kind: PlaceableKind | 'dataCenter', e: ReactPointerEvent<HTMLButtonElement>) => {
    if (e.button !== 0) return;
    const start = { x: e.clientX, y: e.clientY };
    dragged.current = false;
    const el = ghost.current;
    const move = (ev: PointerEvent) => {
      if (!dragged.current && Math.hypot(ev.clientX - start.x, ev.clientY - start.y) < DRAG_THRESHOLD) return;
      dragged.current = true;
      if (el) {
        el.hidden = false;
        el.textContent = t(`kinds.${kind}`);
        el.style.transform = `translate(${ev.clientX + 8}px, ${ev.clientY + 8}px)`;
      }
    };
    const end = (ev: PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
      if (el) el.hidden = true;
      const wasDrag = dragged.current;
      // The click that may follow this pointerup (when released over the item) must be ignored;
      // after it, the item is an ordinary button again.
      setTimeout(() => (dragged.current = false), 0);
      if (!wasDrag || ev.type === 'pointercancel') return;
      const below = document.elementFromPoint(ev.clientX, ev.clientY);
      if (!below?.closest('.react-flow__pane, .react-flow__node')) return;
      const at = screenToFlowPosition({ x: ev.clientX, y: ev.clientY });
      if (kind === 'dataCenter') {
        store.getState().addDataCenter(at);
        return;
      }
      const onto = below.closest('.react-flow__node-element')?.getAttribute('data-id') ?? null;
      store.getState().placeElement(kind, at, { onto });
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
  };

  return (
    <nav className="palette" aria-label={t('palette.title')}>
      <h2>{t('palette.title')}</h2>
      <p className="hint">{t('palette.hint')}</p>
      <ul>
        {placeableKinds.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className={`palette-item palette-${kind}`}
              data-testid={`palette-item-${kind}`}
              title={t(`palette.describe.${kind}`)}
              onPointerDown={(e) => startDrag(kind, e)}
              onClick={() => {
                // A drag already placed the element where it was dropped.
                if (dragged.current) return;
                store.getState().placeElement(kind, null);
              }}
            >
              <KindIcon kind={kind} />
              <span>{t(`kinds.${kind}`)}</span>
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            className="palette-item palette-dataCenter"
            data-testid="palette-item-dataCenter"
            title={t('dataCenters.describe')}
            onPointerDown={(e) => startDrag('dataCenter', e)}
            onClick={() => {
              if (dragged.current) return;
              store.getState().addDataCenter();
            }}
          >
            <KindIcon kind="dataCenter" />
            <span>{t('kinds.dataCenter')}</span>
          </button>
        </li>
      </ul>
      <div className="palette-ghost" ref={ghost} hidden aria-hidden="true" />
    </nav>
  );
}
