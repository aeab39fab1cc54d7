/**
 * One element box. Memoized on its (reused) data, so a drag or an edit elsewhere on a
 * 500-box canvas does not re-render it. Everything a line can be dropped on is the target
 * handle covering the box; the small handles on the right start the lines this kind can draw.
 */
import { memo } from 'react';
import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { sourceHandlesOfKind } from '../../model/connect-choices.ts';
import { TARGET_HANDLE } from '../../canvas/derive.ts';
import type { ElementNode as ElementNodeType } from '../../canvas/derive.ts';
import { Breakable } from '../Breakable.tsx';
import { KindIcon } from '../KindIcon.tsx';
import { SeverityBadge } from '../SeverityBadge.tsx';

function ElementNodeView({ id, data, selected }: NodeProps<ElementNodeType>) {
  const { t } = useTranslation();
  const handles = sourceHandlesOfKind[data.kind];
  return (
    <div
      className={`element element-${data.kind}${selected ? ' is-selected' : ''}${data.whatIf ? ` whatif-${data.whatIf}` : ''}`}
      data-testid={`node-${id}`}
      data-kind={data.kind}
      data-whatif={data.whatIf}
      title={data.subtitle.includes(data.title) ? data.subtitle : `${data.title}\n${data.subtitle}`}
    >
      <Handle
        type="target"
        id={TARGET_HANDLE}
        position={Position.Left}
        className="target-overlay"
        isConnectableStart={false}
      />
      <div className="element-head">
        <KindIcon kind={data.kind} />
        <span className="element-title">{data.title}</span>
        {data.badge && <SeverityBadge badge={data.badge} />}
      </div>
      <div className="element-subtitle">
        <Breakable text={data.subtitle} />
      </div>
      {data.whatIf && (
        <span className={`whatif-mark whatif-mark-${data.whatIf}`} data-testid="whatif-mark">
          {t(`whatif.marks.${data.whatIf}`)}
        </span>
      )}
      {data.chips.length > 0 && (
        <div className="chips">
          {data.chips.map((c) => (
            <span key={c.key} className={`chip chip-${c.tone ?? 'plain'}`}>
              {t(c.key, c.params)}
            </span>
          ))}
        </div>
      )}
      {handles.map((h) => (
        <Handle
          key={h}
          type="source"
          id={h}
          position={Position.Right}
          className={`source-handle handle-${h}`}
          title={t(`handles.${h}`)}
          data-testid={`handle-${id}-${h}`}
        />
      ))}
    </div>
  );
}

export const ElementNode = memo(ElementNodeView);
