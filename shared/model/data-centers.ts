/**
 * Making, splitting, merging and deleting data centers, as pure edits of a design. A stretched
 * pool's two data centers belong to one Lync site (PC-020), and the XML export writes sites, not
 * data centers (shared/xml/sites.ts); so a data center made here takes the site of the ones the
 * design has, and a split keeps the source's site, and the export still writes one site.
 */
import { indexDesign } from './design-index.ts';
import { addElement, placeInDataCenter, removeElements } from './edit.ts';
import type { DataCenter, DataCenterKind, Design } from './types.ts';
import { livesInDataCenter } from './types.ts';

/** The kinds a data center holds, in the order a planner counts them in a question. */
export const contentKinds: readonly DataCenterKind[] = [
  'server',
  'sqlInstance',
  'fileStore',
  'share',
  'frontEndPool',
];

export type ContentCounts = Record<DataCenterKind, number>;

/** The ids of the elements placed in data center `id`. */
export function dataCenterContents(design: Design, id: string): readonly string[] {
  return indexDesign(design).elementsByDataCenter.get(id) ?? [];
}

/** How many elements of each kind data center `id` holds. */
export function contentCounts(design: Design, id: string): ContentCounts {
  const counts: ContentCounts = { server: 0, sqlInstance: 0, fileStore: 0, share: 0, frontEndPool: 0 };
  const index = indexDesign(design);
  for (const el of dataCenterContents(design, id)) {
    const kind = index.byId.get(el)?.kind;
    if (kind && livesInDataCenter(kind)) counts[kind]++;
  }
  return counts;
}

export interface NewDataCenterDefaults {
  /** The first word of the new name, in the planner's language: "Data center", "Centro de datos". */
  stem: string;
  /** Used when no data center of the design has a time zone: the computer's own. */
  timeZone: string;
  /** Used when no data center of the design names a Lync site. */
  lyncSite: string;
}

/**
 * A data center the design does not have yet: the first free `dcN` id, the name `<stem> N` with
 * N the first number after the data centers there are that no data center is called, the Lync
 * site of the existing ones (one stretched pool, one site) and the first data center's time zone.
 */
export function newDataCenter(design: Design, defaults: NewDataCenterDefaults): DataCenter {
  const taken = indexDesign(design).byId;
  let n = 1;
  while (taken.has(`dc${n}`)) n++;
  const id = `dc${n}`;
  const names = new Set(design.dataCenters.map((dc) => dc.name.trim().toLowerCase()));
  let k = design.dataCenters.length + 1;
  while (names.has(`${defaults.stem} ${k}`.toLowerCase())) k++;
  const lyncSite = design.dataCenters.map((dc) => dc.lyncSite.trim()).find(Boolean) ?? defaults.lyncSite;
  const timeZone = design.dataCenters.map((dc) => dc.timeZone.trim()).find(Boolean) ?? defaults.timeZone;
  return { id, name: `${defaults.stem} ${k}`, lyncSite, timeZone };
}

export function addDataCenter(design: Design, dataCenter: DataCenter): Design {
  return addElement(design, 'dataCenter', dataCenter);
}

/** Puts every element of `ids` that lives in a data center into `target`. */
export function moveIntoDataCenter(design: Design, ids: readonly string[], target: string): Design {
  return ids.reduce((d, id) => placeInDataCenter(d, id, target), design);
}

/**
 * Removes data center `id`. With `moveTo`, its contents go there first (a merge is exactly that);
 * without, they go with it, and every reference to them is cleared as any deletion clears it.
 */
export function deleteDataCenter(design: Design, id: string, moveTo: string | null): Design {
  if (!indexDesign(design).dataCenter(id) || id === moveTo) return design;
  const contents = dataCenterContents(design, id);
  if (moveTo && indexDesign(design).dataCenter(moveTo)) {
    return removeElements(moveIntoDataCenter(design, contents, moveTo), new Set([id]));
  }
  return removeElements(design, new Set([id, ...contents]));
}

/**
 * The data center most of `ids` are in: the one a split takes its site and time zone from.
 * Null when none of them is in a data center.
 */
export function sourceDataCenter(design: Design, ids: readonly string[]): DataCenter | null {
  const index = indexDesign(design);
  const tally = new Map<string, number>();
  for (const id of ids) {
    const hit = index.byId.get(id);
    if (!hit || !livesInDataCenter(hit.kind)) continue;
    const dc = (hit.element as { dataCenterId: string | null }).dataCenterId;
    if (dc && index.dataCenter(dc)) tally.set(dc, (tally.get(dc) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [dc, n] of tally) if (best === null || n > tally.get(best)!) best = dc;
  return index.dataCenter(best) ?? null;
}

/** The elements of `ids` a split or a merge would move: those that live in a data center. */
export function movableIds(design: Design, ids: readonly string[]): string[] {
  const index = indexDesign(design);
  return ids.filter((id) => {
    const kind = index.byId.get(id)?.kind;
    return kind !== undefined && livesInDataCenter(kind);
  });
}

/**
 * Moves the elements of `ids` into a new data center (`made`, from newDataCenter) that keeps the
 * Lync site and time zone of the one they came from, so the pool stays stretched in one site.
 * Returns the design unchanged when nothing of `ids` lives in a data center.
 */
export function splitIntoNewDataCenter(design: Design, ids: readonly string[], made: DataCenter): Design {
  const moving = movableIds(design, ids);
  if (moving.length === 0) return design;
  const source = sourceDataCenter(design, moving);
  // A source without a time zone (an imported site has none) leaves the new one's default.
  const dataCenter = source
    ? { ...made, lyncSite: source.lyncSite, timeZone: source.timeZone.trim() || made.timeZone }
    : made;
  return moveIntoDataCenter(addDataCenter(design, dataCenter), moving, dataCenter.id);
}
