/**
 * A data center: a container the planner drops elements into, drags by its title bar,
 * resizes when selected and renames in place (double-click the name, or the pencil).
 */
import { memo, useState } from 'react';
import { NodeResizer } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { SiteNode as SiteNodeType } from '../../canvas/derive.ts';
import { useEditorStore } from '../../state/context.tsx';
import { SeverityBadge } from '../SeverityBadge.tsx';

const MIN_WIDTH = 280;
const MIN_HEIGHT = 200;

function SiteNameEditor({ name, onDone }: { name: string; onDone(value: string | null): void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(name);
  return (
    <input
      className="site-name-input nodrag"
      aria-label={t('site.rename')}
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

function SiteNodeView({ id, data, selected }: NodeProps<SiteNodeType>) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const [renaming, setRenaming] = useState(false);
  return (
    <div
      className={`site${selected ? ' is-selected' : ''}${data.whatIf ? ` whatif-${data.whatIf}` : ''}`}
      data-testid={`site-${id}`}
      data-whatif={data.whatIf}
    >
      <NodeResizer
        isVisible={selected ?? false}
        minWidth={MIN_WIDTH}
        minHeight={MIN_HEIGHT}
        onResizeEnd={(_, p) => store.getState().resizeSite(id, p)}
      />
      <div className="site-header" onDoubleClick={() => setRenaming(true)}>
        {renaming ? (
          <SiteNameEditor
            name={data.name}
            onDone={(value) => {
              setRenaming(false);
              if (value !== null && value !== data.name) store.getState().renameSite(id, value);
            }}
          />
        ) : (
          <span className="site-name">{data.name || t('site.unnamed')}</span>
        )}
        <span className="site-lync" title={t('site.lyncSite')}>
          {data.lyncSite}
        </span>
        {data.badge && <SeverityBadge badge={data.badge} />}
        {data.whatIf && (
          <span className={`whatif-mark whatif-mark-${data.whatIf}`}>{t(`whatif.marks.${data.whatIf}`)}</span>
        )}
        {!renaming && (
          <button
            type="button"
            className="site-rename nodrag"
            title={t('site.rename')}
            aria-label={t('site.rename')}
            data-testid={`rename-site-${id}`}
            onClick={() => setRenaming(true)}
          >
            ✎
          </button>
        )}
      </div>
    </div>
  );
}

export const SiteNode = memo(SiteNodeView);
