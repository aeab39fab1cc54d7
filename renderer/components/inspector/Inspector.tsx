/**
 * Edits what is selected: one element's properties, a connection, several elements at once, or
 * (with nothing selected) the design itself. Each form is keyed by the element, so a draft left
 * in a field never leaks into the next element.
 */
import { useTranslation } from 'react-i18next';
import type {
  DataCenter,
  FileStore,
  FrontEndPool,
  PersistentChatPool,
  PersistentChatServer,
  Share,
  SqlInstance,
} from '../../../shared/model/types.ts';
import { relationById } from '../../model/relations.ts';
import { useEditor, useEditorStore } from '../../state/context.tsx';
import { countSelection, selectFindings, selectSingleElement } from '../../state/selectors.ts';
import { FindingItem } from '../FindingItem.tsx';
import { DesignForm } from './DesignForm.tsx';
import { FrontEndPoolForm } from './FrontEndPoolForm.tsx';
import { PoolForm } from './PoolForm.tsx';
import { ServerForm } from './ServerForm.tsx';
import { FileStoreForm, ShareForm } from './ShareForms.tsx';
import { DataCenterForm } from './DataCenterForm.tsx';
import { SqlInstanceForm } from './SqlInstanceForm.tsx';
import { BulkEditForm } from './BulkEditForm.tsx';
import { ActionButton } from '../ActionButton.tsx';
import { splitToNewDataCenter } from '../../actions/registry.ts';
import { livesInDataCenter } from '../../model/kinds.ts';

function ElementFindings({ id }: { id: string }) {
  const { t } = useTranslation();
  const findings = useEditor(selectFindings).naming(id);
  if (findings.length === 0) return <p className="element-clean">{t('inspector.noFindings')}</p>;
  return (
    <section className="element-findings" aria-label={t('inspector.findings')}>
      <h3>{t('inspector.findings')}</h3>
      <ul>
        {findings.map((f, i) => (
          <FindingItem key={`${f.ruleId}-${i}`} finding={f} />
        ))}
      </ul>
    </section>
  );
}

function SelectionSummary({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const design = useEditor((s) => s.doc.design);
  const relation = ids.length === 1 ? relationById(design).get(ids[0]!) : undefined;
  const counts = countSelection(design, ids);
  return (
    <div className="selection-summary">
      {relation ? (
        <p>{t(`relations.${relation.kind}`)}</p>
      ) : (
        <p data-testid="selection-count">
          {[
            counts.elements > 0 ? t('safety.selectedElements', { count: counts.elements }) : '',
            counts.connections > 0 ? t('safety.selectedConnections', { count: counts.connections }) : '',
            counts.dataCenters > 0 ? t('safety.selectedDataCenters', { count: counts.dataCenters }) : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      <div className="button-row">
        {!relation &&
          design.dataCenters.map((dc) => (
            <button key={dc.id} type="button" onClick={() => store.getState().moveToDataCenter(ids, dc.id)}>
              {t('inspector.moveTo', { dataCenter: dc.name || dc.id })}
            </button>
          ))}
        {!relation && <ActionButton action={splitToNewDataCenter} />}
        <button type="button" className="danger" onClick={() => store.getState().deleteSelection()}>
          {relation ? t('inspector.removeConnection') : t('actions.delete')}
        </button>
      </div>
      {!relation && <BulkEditForm ids={ids} />}
    </div>
  );
}

export function Inspector() {
  const { t } = useTranslation();
  const selection = useEditor((s) => s.selection);
  const selected = useEditor(selectSingleElement);

  let title = t('inspector.design');
  let body = <DesignForm />;
  if (selected) {
    title = t(`kinds.${selected.kind}`);
    const el = selected.element;
    switch (selected.kind) {
      case 'server':
        body = <ServerForm server={el as PersistentChatServer} />;
        break;
      case 'sqlInstance':
        body = <SqlInstanceForm instance={el as SqlInstance} />;
        break;
      case 'frontEndPool':
        body = <FrontEndPoolForm pool={el as FrontEndPool} />;
        break;
      case 'pool':
        body = <PoolForm pool={el as PersistentChatPool} />;
        break;
      case 'fileStore':
        body = <FileStoreForm store={el as FileStore} />;
        break;
      case 'share':
        body = <ShareForm share={el as Share} />;
        break;
      case 'dataCenter':
        body = <DataCenterForm dataCenter={el as DataCenter} />;
        break;
    }
  } else if (selection.length > 0) {
    title = t('inspector.selection');
    body = <SelectionSummary ids={selection} />;
  }

  return (
    <section className="inspector" aria-label={t('inspector.title')} data-testid="inspector">
      <h2>{title}</h2>
      <div className="inspector-body" key={selected?.element.id ?? selection.join(',')}>
        {body}
        {selected && livesInDataCenter(selected.kind) && (
          <div className="button-row">
            <ActionButton action={splitToNewDataCenter} />
          </div>
        )}
        {selected && <ElementFindings id={selected.element.id} />}
      </div>
    </section>
  );
}
