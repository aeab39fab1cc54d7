/** A SQL Server instance: where it runs, what it is, and the parts it plays for the pools. */
import { useTranslation } from 'react-i18next';
import { indexDesign } from '../../../shared/model/design-index.ts';
import { instanceNameProblem, portProblem } from '../../../shared/model/values.ts';
import { sqlEditionSchema, sqlVersions } from '../../../shared/model/schema.ts';
import type { SqlInstance } from '../../../shared/model/types.ts';
import { countProblem } from '../../i18n/value-problems.ts';
import { useEditor, useEditorStore } from '../../state/context.tsx';
import { NumberField, TextField, Toggle } from './fields.tsx';
import { DataCenterField, EnumField, FqdnField } from './shared-fields.tsx';

export function SqlInstanceForm({ instance }: { instance: SqlInstance }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const design = useEditor((s) => s.doc.design);
  const update = (patch: Partial<SqlInstance>) => store.getState().updateElement(instance.id, patch);
  const index = indexDesign(design);
  const roles = index.rolesByInstance.get(instance.id) ?? [];
  return (
    <>
      {roles.length > 0 && (
        <ul className="roles" aria-label={t('inspector.plays')}>
          {roles.map((r) => (
            <li key={`${r.pool.id}/${r.role}/${r.part}`}>
              {t(`chips.${r.part}.${r.role}`)} — {r.pool.fqdn}
            </li>
          ))}
        </ul>
      )}
      <FqdnField
        id={instance.id}
        field="serverFqdn"
        label={t('fields.serverFqdn')}
        value={instance.serverFqdn}
      />
      <TextField
        field="instanceName"
        label={t('fields.instanceName')}
        value={instance.instanceName}
        check={instanceNameProblem}
        hint={t('fields.instanceNameHint')}
        onCommit={(instanceName) => update({ instanceName })}
      />
      <DataCenterField id={instance.id} value={instance.dataCenterId} />
      <EnumField
        id={instance.id}
        field="version"
        label={t('fields.version')}
        value={instance.version}
        values={sqlVersions}
        prefix="values.version"
      />
      <EnumField
        id={instance.id}
        field="edition"
        label={t('fields.edition')}
        value={instance.edition}
        values={sqlEditionSchema.options}
        prefix="values.sqlEdition"
      />
      <Toggle
        field="is64Bit"
        label={t('fields.is64Bit')}
        checked={instance.is64Bit}
        onChange={(is64Bit) => update({ is64Bit })}
      />
      <NumberField
        field="mirroringPort"
        label={t('fields.mirroringPort')}
        value={instance.mirroringPort}
        optional
        check={portProblem}
        unit={t('fields.mirroringPortHint')}
        onCommit={(mirroringPort) => update({ mirroringPort })}
      />
      <EnumField
        id={instance.id}
        field="availability"
        label={t('fields.availability')}
        value={instance.availability}
        values={['standalone', 'mirroring', 'failover-cluster', 'alwayson']}
        prefix="values.availability"
      />
      <EnumField
        id={instance.id}
        field="mirroringMode"
        label={t('fields.mirroringMode')}
        value={instance.mirroringMode}
        values={['synchronous', 'asynchronous']}
        prefix="values.mirroringMode"
      />
      <NumberField
        field="clusterNodes"
        label={t('fields.clusterNodes')}
        value={instance.clusterNodes}
        check={countProblem}
        onCommit={(clusterNodes) => update({ clusterNodes: clusterNodes ?? 1 })}
      />
      <EnumField
        id={instance.id}
        field="serviceAccount"
        label={t('fields.serviceAccount')}
        value={instance.serviceAccount}
        values={['domain-account', 'network-service', 'local-system']}
        prefix="values.serviceAccount"
      />
      <FqdnField id={instance.id} field="adDomain" label={t('fields.adDomain')} value={instance.adDomain} />
      <fieldset className="field-group">
        <legend>{t('fields.otherDatabases')}</legend>
        <Toggle
          field="monitoring"
          label={t('fields.monitoring')}
          checked={instance.monitoring}
          onChange={(monitoring) => update({ monitoring })}
        />
        <Toggle
          field="archiving"
          label={t('fields.archiving')}
          checked={instance.archiving}
          onChange={(archiving) => update({ archiving })}
        />
        {design.frontEndPools.map((fe) => (
          <Toggle
            key={fe.id}
            field={`backEnd-${fe.id}`}
            label={t('fields.backEndOf', { pool: fe.fqdn || fe.id })}
            checked={instance.backEndPoolIds.includes(fe.id)}
            onChange={(on) =>
              update({
                backEndPoolIds: on
                  ? [...instance.backEndPoolIds, fe.id]
                  : instance.backEndPoolIds.filter((b) => b !== fe.id),
              })
            }
          />
        ))}
      </fieldset>
    </>
  );
}
