/**
 * Several elements at once: their data center, the active or idle state of the servers among
 * them, the version and edition of the SQL Server instances among them. Only the fields some
 * selected kind has are shown; where the selection disagrees the field says "Mixed" and no value
 * is chosen. Each choice is one undo step (updateElements).
 */
import { useTranslation } from 'react-i18next';
import { bulkValues } from '../../../shared/model/bulk-edit.ts';
import type { BulkField, BulkPatch, BulkValue } from '../../../shared/model/bulk-edit.ts';
import { sqlEditionSchema, sqlVersions } from '../../../shared/model/schema.ts';
import { useEditor, useEditorStore } from '../../state/context.tsx';
import { Choice } from './fields.tsx';

function BulkChoice<T extends string>(props: {
  field: BulkField;
  label: string;
  state: BulkValue<T | null>;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
}) {
  const { t } = useTranslation();
  if (props.state.kind === 'absent') return null;
  const mixed = props.state.kind === 'mixed';
  return (
    <div className="bulk-field" data-mixed={mixed ? 'true' : 'false'}>
      <Choice
        field={`bulk-${props.field}`}
        label={mixed ? `${props.label} · ${t('dataCenters.bulk.mixed')}` : props.label}
        value={props.state.kind === 'same' ? props.state.value : null}
        options={props.options}
        onChange={props.onChange}
      />
    </div>
  );
}

export function BulkEditForm({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const design = useEditor((s) => s.doc.design);
  const values = bulkValues(design, ids);
  const set = (patch: BulkPatch) => store.getState().updateElements(ids, patch);
  const shown = Object.values(values).some((v) => v.kind !== 'absent');
  if (!shown) return null;
  return (
    <section className="bulk-edit" aria-label={t('dataCenters.bulk.title')} data-testid="bulk-edit">
      <h3>{t('dataCenters.bulk.title')}</h3>
      <BulkChoice
        field="dataCenterId"
        label={t('fields.dataCenter')}
        state={values.dataCenterId}
        options={design.dataCenters.map((d) => ({ value: d.id, label: d.name || d.id }))}
        onChange={(dataCenterId) => set({ dataCenterId })}
      />
      <BulkChoice
        field="state"
        label={t('fields.state')}
        state={values.state}
        options={(['active', 'idle'] as const).map((v) => ({ value: v, label: t(`values.state.${v}`) }))}
        onChange={(state) => set({ state })}
      />
      <BulkChoice
        field="version"
        label={t('fields.version')}
        state={values.version}
        options={sqlVersions.map((v) => ({ value: v, label: t(`values.version.${v}`) }))}
        onChange={(version) => set({ version })}
      />
      <BulkChoice
        field="edition"
        label={t('fields.edition')}
        state={values.edition}
        options={sqlEditionSchema.options.map((v) => ({ value: v, label: t(`values.sqlEdition.${v}`) }))}
        onChange={(edition) => set({ edition })}
      />
    </section>
  );
}
