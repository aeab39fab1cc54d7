/**
 * One change to many elements at once: the data center of everything that lives in one, the
 * active or idle state of Persistent Chat servers, the version and edition of SQL Server
 * instances. Each field goes only to the kinds that have it (a Front End pool's edition is not a
 * SQL Server edition), so a mixed selection can be edited without picking it apart first.
 */
import { indexDesign } from './design-index.ts';
import { placeInDataCenter, updateElement } from './edit.ts';
import type { Design, ElementKind, PersistentChatServer, SqlInstance } from './types.ts';
import { livesInDataCenter } from './types.ts';

export interface BulkPatch {
  dataCenterId?: string | null;
  state?: PersistentChatServer['state'];
  version?: SqlInstance['version'];
  edition?: SqlInstance['edition'];
}

export type BulkField = keyof BulkPatch;

/** Whether elements of `kind` carry `field` as the bulk form means it. */
export function bulkFieldApplies(field: BulkField, kind: ElementKind): boolean {
  switch (field) {
    case 'dataCenterId':
      return livesInDataCenter(kind);
    case 'state':
      return kind === 'server';
    case 'version':
    case 'edition':
      return kind === 'sqlInstance';
  }
}

/** The design with `patch` applied to every element of `ids` whose kind has the field. */
export function updateElements(design: Design, ids: readonly string[], patch: BulkPatch): Design {
  const index = indexDesign(design);
  let next = design;
  for (const id of ids) {
    const kind = index.byId.get(id)?.kind;
    if (!kind) continue;
    if (patch.dataCenterId !== undefined && bulkFieldApplies('dataCenterId', kind)) {
      next = placeInDataCenter(next, id, patch.dataCenterId);
    }
    if (kind === 'server' && patch.state !== undefined) {
      next = updateElement(next, 'server', id, { state: patch.state });
    }
    if (kind === 'sqlInstance') {
      const sql: Partial<SqlInstance> = {};
      if (patch.version !== undefined) sql.version = patch.version;
      if (patch.edition !== undefined) sql.edition = patch.edition;
      if (Object.keys(sql).length > 0) next = updateElement(next, 'sqlInstance', id, sql);
    }
  }
  return next;
}

/** What the bulk form shows for a field: nothing selected has it, one value, or values that differ. */
export type BulkValue<T> = { kind: 'absent' } | { kind: 'same'; value: T } | { kind: 'mixed' };

export type BulkValues = { [F in BulkField]-?: BulkValue<NonNullable<BulkPatch[F]> | null> };

/** For each field, whether the selection has it and whether its elements agree on it. */
export function bulkValues(design: Design, ids: readonly string[]): BulkValues {
  const index = indexDesign(design);
  const seen: Record<BulkField, unknown[]> = { dataCenterId: [], state: [], version: [], edition: [] };
  for (const id of ids) {
    const hit = index.byId.get(id);
    if (!hit) continue;
    const el = hit.element as unknown as Record<BulkField, unknown>;
    for (const field of Object.keys(seen) as BulkField[]) {
      if (bulkFieldApplies(field, hit.kind)) seen[field].push(el[field] ?? null);
    }
  }
  const summarize = (values: unknown[]) => {
    if (values.length === 0) return { kind: 'absent' as const };
    return values.every((v) => v === values[0])
      ? { kind: 'same' as const, value: values[0] }
      : { kind: 'mixed' as const };
  };
  return {
    dataCenterId: summarize(seen.dataCenterId),
    state: summarize(seen.state),
    version: summarize(seen.version),
    edition: summarize(seen.edition),
  } as BulkValues;
}
