/** Fields several element kinds share: the data center an element is in, and its FQDN. */
import { useTranslation } from 'react-i18next';
import { fqdnProblem } from '../../../shared/model/values.ts';
import { useEditor, useEditorStore } from '../../state/context.tsx';
import { Choice, TextField } from './fields.tsx';

export function DataCenterField({ id, value }: { id: string; value: string | null }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const dataCenters = useEditor((s) => s.doc.design.dataCenters);
  return (
    <Choice
      field="dataCenterId"
      label={t('fields.dataCenter')}
      value={value}
      options={dataCenters.map((d) => ({ value: d.id, label: d.name || d.id }))}
      onChange={(dc) => store.getState().updateElement(id, { dataCenterId: dc })}
    />
  );
}

export function FqdnField(props: {
  id: string;
  field: 'fqdn' | 'serverFqdn' | 'adDomain';
  label: string;
  value: string;
}) {
  const store = useEditorStore();
  return (
    <TextField
      field={props.field}
      label={props.label}
      value={props.value}
      check={fqdnProblem}
      onCommit={(v) => store.getState().updateElement(props.id, { [props.field]: v })}
    />
  );
}

/** Two-to-six fixed values shown as buttons, labelled from the catalogue under `prefix`. */
export function EnumField<T extends string>(props: {
  id: string;
  field: string;
  label: string;
  value: T;
  values: readonly T[];
  prefix: string;
}) {
  const { t } = useTranslation();
  const store = useEditorStore();
  return (
    <Choice
      field={props.field}
      label={props.label}
      value={props.value}
      options={props.values.map((v) => ({ value: v, label: t(`${props.prefix}.${v}`) }))}
      onChange={(v) => store.getState().updateElement(props.id, { [props.field]: v })}
    />
  );
}
