/**
 * A Persistent Chat pool, in the order of Topology Builder's Edit Properties: general settings,
 * options, the SQL Server stores with their mirrors and witnesses, file store, next hop, then
 * log shipping and the planning figures.
 */
import { useTranslation } from 'react-i18next';
import { indexDesign } from '../../../shared/model/design-index.ts';
import { minutesProblem, portProblem } from '../../../shared/model/values.ts';
import type { LogShipping, PersistentChatPool, StorePart } from '../../../shared/model/types.ts';
import { rolesInUse } from '../../../shared/model/queries.ts';
import { DEFAULT_POOL_PORT } from '../../../shared/model/product.ts';
import { storePartNames } from '../../../shared/model/schema.ts';
import { shareOfSlot, shareSlots } from '../../model/relations.ts';
import { countProblem, requiredProblem } from '../../i18n/value-problems.ts';
import { useEditor, useEditorStore } from '../../state/context.tsx';
import { Choice, NumberField, Reference, TextField, Toggle } from './fields.tsx';
import { EnumField, FqdnField } from './shared-fields.tsx';

const parts: readonly StorePart[] = storePartNames;

export function PoolForm({ pool }: { pool: PersistentChatPool }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const design = useEditor((s) => s.doc.design);
  const index = indexDesign(design);
  const update = (patch: Partial<PersistentChatPool>) => store.getState().updateElement(pool.id, patch);
  const updateShipping = (patch: Partial<LogShipping>) =>
    update({ logShipping: { ...pool.logShipping, ...patch } });
  const instances = design.sqlInstances.map((i) => ({ id: i.id, label: index.label(i.id) }));
  const none = t('fields.none');

  return (
    <>
      <FqdnField id={pool.id} field="fqdn" label={t('fields.fqdn')} value={pool.fqdn} />
      <TextField
        field="displayName"
        label={t('fields.displayName')}
        value={pool.displayName}
        check={requiredProblem}
        onCommit={(displayName) => update({ displayName })}
      />
      <NumberField
        field="port"
        label={t('fields.port')}
        value={pool.port}
        check={portProblem}
        onCommit={(port) => update({ port: port ?? DEFAULT_POOL_PORT })}
      />
      <EnumField
        id={pool.id}
        field="computers"
        label={t('fields.computers')}
        value={pool.computers}
        values={['multiple', 'single']}
        prefix="values.computers"
      />
      <Toggle
        field="compliance"
        label={t('fields.compliance')}
        checked={pool.compliance}
        onChange={(compliance) => update({ compliance })}
      />
      <Toggle
        field="disasterRecovery"
        label={t('fields.disasterRecovery')}
        checked={pool.disasterRecovery}
        onChange={(disasterRecovery) => update({ disasterRecovery })}
      />
      <EnumField
        id={pool.id}
        field="defaultFor"
        label={t('fields.defaultFor')}
        value={pool.defaultFor}
        values={['none', 'site', 'all-sites']}
        prefix="values.defaultFor"
      />
      <Reference
        field="nextHopId"
        label={t('fields.nextHop')}
        value={pool.nextHopId}
        options={design.frontEndPools.map((f) => ({ id: f.id, label: index.label(f.id) }))}
        noneLabel={none}
        onChange={(nextHopId) => update({ nextHopId })}
      />
      <Reference
        field="fileStoreId"
        label={t('fields.fileStore')}
        value={pool.fileStoreId}
        options={design.fileStores.map((f) => ({ id: f.id, label: index.label(f.id) }))}
        noneLabel={none}
        onChange={(fileStoreId) => update({ fileStoreId })}
      />

      {rolesInUse(pool).map((role) => (
        <fieldset key={role} className="field-group">
          <legend>{t(`roles.${role}`)}</legend>
          {parts.map((part) => {
            const a = pool.stores[role];
            const value =
              part === 'instance' ? a.sqlInstanceId : part === 'mirror' ? a.mirrorId : a.witnessId;
            return (
              <Reference
                key={part}
                field={`stores.${role}.${part}`}
                label={t(`fields.storePart.${part}`)}
                value={value}
                options={instances}
                noneLabel={none}
                onChange={(id) => store.getState().assignStoreInstance(pool.id, role, part, id)}
              />
            );
          })}
        </fieldset>
      ))}

      <fieldset className="field-group">
        <legend>{t('fields.shares')}</legend>
        {shareSlots.map((slot) => (
          <Reference
            key={slot}
            field={`share.${slot}`}
            label={t(`slots.${slot}`)}
            value={shareOfSlot(pool, slot)}
            options={design.shares.map((s) => ({ id: s.id, label: index.label(s.id) }))}
            noneLabel={none}
            onChange={(id) => store.getState().assignShare(pool.id, slot, id)}
          />
        ))}
      </fieldset>

      {pool.disasterRecovery && (
        <fieldset className="field-group">
          <legend>{t('fields.logShipping')}</legend>
          <NumberField
            field="backupIntervalMinutes"
            label={t('fields.backupInterval')}
            value={pool.logShipping.backupIntervalMinutes}
            check={minutesProblem}
            unit={t('units.minutes')}
            onCommit={(v) => updateShipping({ backupIntervalMinutes: v ?? 0 })}
          />
          <NumberField
            field="copyIntervalMinutes"
            label={t('fields.copyInterval')}
            value={pool.logShipping.copyIntervalMinutes}
            check={minutesProblem}
            unit={t('units.minutes')}
            onCommit={(v) => updateShipping({ copyIntervalMinutes: v ?? 0 })}
          />
          <NumberField
            field="restoreIntervalMinutes"
            label={t('fields.restoreInterval')}
            value={pool.logShipping.restoreIntervalMinutes}
            check={minutesProblem}
            unit={t('units.minutes')}
            onCommit={(v) => updateShipping({ restoreIntervalMinutes: v ?? 0 })}
          />
          <NumberField
            field="restoreDelayMinutes"
            label={t('fields.restoreDelay')}
            value={pool.logShipping.restoreDelayMinutes}
            check={minutesProblem}
            unit={t('units.minutes')}
            onCommit={(v) => updateShipping({ restoreDelayMinutes: v ?? 0 })}
          />
          <Choice
            field="restoreMode"
            label={t('fields.restoreMode')}
            value={pool.logShipping.restoreMode}
            options={(['no-recovery', 'standby'] as const).map((v) => ({
              value: v,
              label: t(`values.restoreMode.${v}`),
            }))}
            onChange={(restoreMode) => updateShipping({ restoreMode })}
          />
        </fieldset>
      )}

      <fieldset className="field-group">
        <legend>{t('fields.planning')}</legend>
        <NumberField
          field="expectedConcurrentUsers"
          label={t('fields.expectedConcurrentUsers')}
          value={pool.expectedConcurrentUsers}
          optional
          check={countProblem}
          onCommit={(expectedConcurrentUsers) => update({ expectedConcurrentUsers })}
        />
        <NumberField
          field="provisionedUsers"
          label={t('fields.provisionedUsers')}
          value={pool.provisionedUsers}
          optional
          check={countProblem}
          onCommit={(provisionedUsers) => update({ provisionedUsers })}
        />
        <NumberField
          field="chatRoomAces"
          label={t('fields.chatRoomAces')}
          value={pool.chatRoomAces}
          optional
          check={countProblem}
          onCommit={(chatRoomAces) => update({ chatRoomAces })}
        />
      </fieldset>
    </>
  );
}
