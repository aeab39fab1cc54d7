/**
 * A data center: a container the planner drops elements into, drags by its title bar,
 * resizes when selected and renames in place (double-click the name, or the pencil).
 */
import { memo, useState } from 'react';
import { NodeResizer } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { DataCenterNode as DataCenterNodeType } from '../../canvas/derive.ts';
import { useEditor, useEditorStore } from '../../state/context.tsx';
import { minimumDataCenterSize } from '../../../shared/model/data-center-bounds.ts';
import { SeverityBadge } from '../SeverityBadge.tsx';

/** An empty data center sets no minimum beyond its own. */
const NO_CONTENTS = { width: 0, height: 0 };
const MIN_WIDTH = 280;
const MIN_HEIGHT = 200;

function DataCenterNameEditor({ name, onDone }: { name: string; onDone(value: string | null): void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(name);
  return (
    <input
      className="data-center-name-input nodrag"
      aria-label={t('dataCenter.rename')}
      value={value}
      autoFocus
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => onDone(value.trim() ? value.trim() : null)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onDone(value.trim() ? value.trim() : null);
        if (e.key === 'Escape') onDone(null);
        e.stopPropagation();
      }}
    />
  );
}

function DataCenterNodeView({ id, data, selected }: NodeProps<DataCenterNodeType>) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const [renaming, setRenaming] = useState(false);
  // A hand resize stops at the contents (the store grows the box back if measured boxes are larger).
  // Worked out once per store change, not once per side; the box re-renders only when it changes.
  const { width: minWidth, height: minHeight } = useEditor(
    useShallow((s) => minimumDataCenterSize(s.doc, id) ?? NO_CONTENTS),
  );
  return (
    <div
      className={`data-center${selected ? ' is-selected' : ''}${data.whatIf ? ` whatif-${data.whatIf}` : ''}`}
      data-testid={`data-center-${id}`}
      data-whatif={data.whatIf}
    >
      <NodeResizer
        isVisible={selected ?? false}
        minWidth={Math.max(MIN_WIDTH, minWidth)}
        minHeight={Math.max(MIN_HEIGHT, minHeight)}
        onResizeEnd={(_, p) => store.getState().resizeDataCenter(id, p)}
      />
      <div className="data-center-header" onDoubleClick={() => setRenaming(true)}>
        {renaming ? (
          <DataCenterNameEditor
            name={data.name}
            onDone={(value) => {
              setRenaming(false);
              if (value !== null && value !== data.name) store.getState().renameDataCenter(id, value);
            }}
          />
        ) : (
          <span className="data-center-name" title={data.name || t('dataCenter.unnamed')}>
            {data.name || t('dataCenter.unnamed')}
          </span>
        )}
        <span className="data-center-lync-site" title={`${t('dataCenter.lyncSite')}: ${data.lyncSite}`}>
          {data.lyncSite}
        </span>
        {data.badge && <SeverityBadge badge={data.badge} />}
        {data.whatIf && (
          <span className={`whatif-mark whatif-mark-${data.whatIf}`}>{t(`whatif.marks.${data.whatIf}`)}</span>
        )}
        {!renaming && (
          <button
            type="button"
            className="data-center-rename nodrag"
            title={t('dataCenter.rename')}
            aria-label={t('dataCenter.rename')}
            data-testid={`rename-data-center-${id}`}
            onClick={() => setRenaming(true)}
          >
            ✎
          </button>
        )}
      </div>
    </div>
  );
}

export const DataCenterNode = memo(DataCenterNodeView);
