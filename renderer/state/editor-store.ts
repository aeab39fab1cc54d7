/**
 * The designer's state and the planner's commands on it. Every command that changes the design
 * or the layout goes through `commit` or `commitDesign`, which record one undo step, bring the
 * layout in step with the design once and derive the canvas once; the rules run there (memoized
 * per design) and nowhere else.
 *
 * The editor store is plain TypeScript (zustand's vanilla store): React reads it through hooks,
 * the tests drive it directly in Node. Its commands are named after what the planner does, and
 * "store" in them always means a SQL store of a pool (`assignStoreInstance`).
 */
import { applyEdgeChanges, applyNodeChanges } from '@xyflow/react';
import type { EdgeChange, NodeChange } from '@xyflow/react';
import { createStore } from 'zustand/vanilla';
import { indexDesign } from '../../shared/model/design-index.ts';
import {
  addKindedElement,
  placeInDataCenter,
  removeElements,
  updateElement as editElement,
  updateElementById,
  updateStore,
} from '../../shared/model/edit.ts';
import type { ElementPatch } from '../../shared/model/edit.ts';
import type { Design, DesignDocument, NodeLayout, StorePart, StoreRole } from '../../shared/model/types.ts';
import type { Locale } from '../../shared/i18n/text.ts';
import type { Finding } from '../../shared/rules/types.ts';
import { deriveCanvas } from '../canvas/derive.ts';
import type { CanvasEdge, CanvasNode } from '../canvas/derive.ts';
import { copyElements, pasteClip } from '../model/clipboard.ts';
import type { Clip } from '../model/clipboard.ts';
import { applyConnection, planConnection } from '../model/connections.ts';
import type { Refusal, SourceHandle } from '../model/connections.ts';
import { newElement } from '../model/factories.ts';
import type { NewElement } from '../model/factories.ts';
import { livesInDataCenter } from '../model/kinds.ts';
import type { PlaceableKind } from '../model/kinds.ts';
import { layoutAfterEdit, normalizeLayout } from '../../shared/model/layout.ts';
import { arrangeBlock, arrangeDocument } from '../../shared/model/arrange.ts';
import { routesInStep } from '../../shared/model/routes.ts';
import {
  NODE_HEIGHT,
  NODE_WIDTH,
  freeSpot,
  dataCenterAt,
  dataCenterOf,
  toDataCenterCoordinates,
  withNodeLayout,
} from '../model/layout.ts';
import type { Point } from '../model/layout.ts';
import { relationById, relationsOf, removeRelation, setShareSlot } from '../model/relations.ts';
import type { ShareSlot } from '../model/relations.ts';
import { templateDocument } from '../model/templates.ts';
import type { EmptyDesignNames, TemplateName } from '../model/templates.ts';
import { toggleFailedElement, toggleFailedLink, whatIfOff } from '../whatif/whatif.ts';
import type { WhatIfState } from '../whatif/whatif.ts';
import { findingsFor } from './findings.ts';
import { fitDataCentersToContents } from '../../shared/model/data-center-bounds.ts';
import type { SizeOf } from '../../shared/model/data-center-bounds.ts';
import type { BulkPatch } from '../../shared/model/bulk-edit.ts';
import {
  dataCenterDefaults,
  withBulkPatch,
  withDataCenterDeleted,
  withNewDataCenter,
  withSplit,
} from '../model/data-center-edits.ts';
import { emptyHistory, record, redo as redoStep, undo as undoStep } from './history.ts';
import type { History } from './history.ts';

export interface OpenFile {
  /** File name shown in the title and suggested on save. */
  name: string | null;
  /** The platform's token for the file, so Save writes back to it; null when never saved. */
  fileId: string | null;
}

export interface Notice {
  tone: 'error' | 'info';
  /** Catalogue key and parameters; `detail` is text from elsewhere (a loader message) shown as is. */
  key: string;
  params?: Record<string, string | number>;
  detail?: string;
}

/** A document waiting for the planner to agree to drop unsaved changes. */
export interface PendingDocument {
  doc: DesignDocument;
  file: OpenFile;
  options: OpenOptions;
}

export interface OpenOptions {
  /** Shown once the document is open (an import's summary), never when the planner keeps editing. */
  notice?: Notice;
  /** A restored recovery draft: its changes are saved nowhere yet, so the design counts as modified. */
  recovered?: boolean;
}

/** A question the page asks before a file command goes on. */
export type Prompt =
  | { kind: 'exportWithErrors'; errors: number }
  /** Deleting a data center first says what happens to what it holds. */
  | { kind: 'deleteDataCenter'; id: string };

/** A request to the canvas to centre these elements; `seq` makes a repeated request new. */
export interface FocusRequest {
  ids: readonly string[];
  seq: number;
}

export interface EditorState {
  doc: DesignDocument;
  history: History<DesignDocument>;
  /** The document as last opened or saved; the design is "modified" whenever it differs. */
  savedDoc: DesignDocument;
  file: OpenFile;
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  /** Ids of the selected elements and connections, in canvas order. */
  selection: readonly string[];
  locale: Locale;
  snapToGrid: boolean;
  showMinimap: boolean;
  notice: Notice | null;
  clipboard: Clip | null;
  pending: PendingDocument | null;
  prompt: Prompt | null;
  focus: FocusRequest | null;
  /** What-if mode: the elements marked as failed. Never part of the design or its history. */
  whatIf: WhatIfState;

  // Placing and moving
  /**
   * Adds an element at a canvas point (its data center is the one under the point) or, without a
   * point, at a free spot of `options.dataCenter`, the selected data center or the first. A file
   * store or share dropped `onto` a SQL Server instance is put on that instance's computer.
   */
  placeElement(
    kind: PlaceableKind,
    at?: Point | null,
    options?: { dataCenter?: string | null; onto?: string | null },
  ): string;
  moveToDataCenter(ids: readonly string[], dataCenterId: string | null): void;
  renameDataCenter(id: string, name: string): void;
  resizeDataCenter(id: string, rect: { x: number; y: number; width: number; height: number }): void;

  // Data centers: each command is one undo step, and undo brings back the boxes too.
  /** Adds a data center beside the others (or with its corner at `at`, when that covers none); returns its id. */
  addDataCenter(at?: Point | null): string;
  /** Deletes a data center; its contents move to `moveTo`, or (null) go with it. The last one stays. */
  deleteDataCenter(id: string, moveTo: string | null): void;
  /** Moves everything in data center `id` into `into` and removes `id`. */
  mergeDataCenter(id: string, into: string): void;
  /** Moves the elements of `ids` into a new data center with the source's Lync site; returns its id. */
  splitToNewDataCenter(ids: readonly string[]): string | null;
  /** One change to several elements (bulk edit); each field goes to the kinds that have it. */
  updateElements(ids: readonly string[], patch: BulkPatch): void;

  // Connecting
  connect(sourceId: string, targetId: string, handle: SourceHandle | string | null): Refusal | null;
  connectMirror(principalId: string, mirrorId: string): Refusal | null;
  connectWitness(principalId: string, witnessId: string): Refusal | null;
  connectLogShipping(primaryId: string, secondaryId: string): Refusal | null;
  connectNextHop(poolId: string, frontEndPoolId: string): Refusal | null;
  disconnect(relationIds: readonly string[]): void;

  // Editing properties
  /** A change to the fields of the element `id`; a new `dataCenterId` moves it into that data center. */
  updateElement(id: string, patch: ElementPatch): void;
  /** Puts a SQL Server instance in one part (instance, mirror, witness) of a pool's store; null clears it. */
  assignStoreInstance(poolId: string, role: StoreRole, part: StorePart, instanceId: string | null): void;
  /** Gives a pool a share for one of its slots (log backup, log copy, mirroring); null clears it. */
  assignShare(poolId: string, slot: ShareSlot, shareId: string | null): void;
  updateDesign(patch: Partial<Pick<Design, 'name' | 'description' | 'link' | 'settings'>>): void;
  applyQuickFix(finding: Finding): void;

  // Selection and clipboard
  select(ids: readonly string[], options?: { focus?: boolean }): void;
  selectAll(): void;
  clearSelection(): void;
  deleteSelection(): void;
  copySelection(): void;
  paste(): void;
  duplicateSelection(): void;
  /** Lays the whole design out anew by rows of roles, with routed lines; one undo step, then fits the view. */
  autoArrange(): void;

  // History
  undo(): void;
  redo(): void;

  // Documents
  newDesign(template: TemplateName, names?: EmptyDesignNames): void;
  openDocument(doc: DesignDocument, file: OpenFile, options?: OpenOptions): void;
  confirmPending(): void;
  cancelPending(): void;
  markSaved(doc: DesignDocument, file: OpenFile): void;

  // View
  setLocale(locale: Locale): void;
  toggleSnapToGrid(): void;
  toggleMinimap(): void;
  showNotice(notice: Notice): void;
  dismissNotice(): void;
  ask(prompt: Prompt): void;
  dismissPrompt(): void;

  // What-if: marks elements as failed without touching the design
  toggleWhatIf(): void;
  toggleFailure(id: string): void;
  toggleLinkFailure(): void;

  // React Flow plumbing: gestures in progress change only the view; settled ones are committed.
  onNodesChange(changes: NodeChange<CanvasNode>[]): void;
  onEdgesChange(changes: EdgeChange<CanvasEdge>[]): void;
}

export type EditorStore = ReturnType<typeof createEditorStore>;

/** Each paste lands a little further away, so repeated pastes do not stack exactly. */
const PASTE_OFFSET = 30;

/** A file store or share put on the computer of the SQL Server instance it was dropped onto. */
function onComputer(created: NewElement, serverFqdn: string): NewElement {
  switch (created.kind) {
    case 'fileStore':
      return { kind: created.kind, element: { ...created.element, serverFqdn } };
    case 'share':
      return { kind: created.kind, element: { ...created.element, serverFqdn } };
    default:
      return created;
  }
}

function selectedIds(nodes: readonly CanvasNode[], edges: readonly CanvasEdge[]): string[] {
  const ids: string[] = [];
  for (const n of nodes) if (n.selected) ids.push(n.id);
  for (const e of edges) if (e.selected) ids.push(e.id);
  return ids;
}

export function createEditorStore(initial: DesignDocument, options: { locale?: Locale } = {}) {
  const startDoc = normalizeLayout(initial);
  const locale = options.locale ?? 'en';
  const startView = deriveCanvas(startDoc, findingsFor(startDoc.design, locale), new Set(), {
    nodes: [],
    edges: [],
  });

  return createStore<EditorState>()((set, get) => {
    /** The canvas for `doc` with `selection`, reusing every unchanged node and edge. */
    const view = (doc: DesignDocument, selection: readonly string[], localeNow = get().locale) => {
      const s = get();
      const index = indexDesign(doc.design);
      const relations = relationById(doc.design);
      const kept = selection.filter((id) => index.byId.has(id) || relations.has(id));
      const canvas = deriveCanvas(doc, findingsFor(doc.design, localeNow), new Set(kept), {
        nodes: s.nodes,
        edges: s.edges,
      });
      return { ...canvas, selection: kept };
    };

    /** One undo step and one derivation for a document whose layout is already in step with its design. */
    const commitLaidOut = (laidOut: DesignDocument, select?: readonly string[]) => {
      const s = get();
      // A box dropped, pasted or moved past a data center's edge makes the data center grow.
      const grown = laidOut === s.doc ? laidOut : fitDataCentersToContents(laidOut, measuredSize());
      // A route drawn around boxes that have since moved would cross them (shared/model/routes.ts).
      const doc = routesInStep(s.doc, grown);
      if (doc === s.doc) {
        if (select) set(view(s.doc, select));
        return;
      }
      set({ doc, history: record(s.history, s.doc), ...view(doc, select ?? s.selection) });
    };

    /** The size React Flow drew each box at, where it has measured it. */
    const measuredSize = (): SizeOf => {
      const measured = new Map<string, { width: number; height: number }>();
      for (const n of get().nodes) {
        if (n.measured?.width && n.measured.height) {
          measured.set(n.id, { width: n.measured.width, height: n.measured.height });
        }
      }
      return (id) => measured.get(id);
    };

    /** The single door for changes to the document the canvas laid out itself. */
    const commit = (next: DesignDocument, select?: readonly string[]) => {
      commitLaidOut(next.design === get().doc.design ? next : normalizeLayout(next), select);
    };

    /**
     * An edit the canvas did not lay out itself (a quick fix, an inspector change): a box whose
     * data center changed, and every added one, goes to a free cell (layoutAfterEdit) rather
     * than onto another box, which would then look deleted. layoutAfterEdit already drops the
     * positions of removed elements and completes the layout, so commit's normalizing is skipped.
     */
    const commitDesign = (design: Design, select?: readonly string[]) => {
      const s = get();
      if (design !== s.doc.design) commitLaidOut(layoutAfterEdit(s.doc, design), select);
    };

    const replaceDocument = (doc: DesignDocument, file: OpenFile, options: OpenOptions) => {
      const normalized = normalizeLayout(doc);
      set({
        doc: normalized,
        // A recovered draft is saved nowhere: comparing it with the design it replaced keeps it modified.
        savedDoc: options.recovered ? get().doc : normalized,
        file,
        history: emptyHistory(),
        pending: null,
        whatIf: whatIfOff,
        nodes: [],
        edges: [],
        selection: [],
      });
      set({ ...view(normalized, []), focus: { ids: [], seq: (get().focus?.seq ?? 0) + 1 } });
      // A notice about the design that was open (its save, its import) no longer applies.
      set({ notice: options.notice ?? null });
    };

    const offerDocument = (doc: DesignDocument, file: OpenFile, options: OpenOptions = {}) => {
      const s = get();
      if (s.doc !== s.savedDoc) set({ pending: { doc, file, options } });
      else replaceDocument(doc, file, options);
    };

    /** Moves elements that live in a data center to `target` at the given positions (in the target's coordinates). */
    const relocate = (
      doc: DesignDocument,
      moves: ReadonlyArray<{ id: string; target: string | null; position: Point }>,
    ): DesignDocument => {
      let design = doc.design;
      let layout = doc.layout;
      const index = indexDesign(design);
      for (const { id, target, position } of moves) {
        const hit = index.byId.get(id);
        if (!hit) continue;
        if (livesInDataCenter(hit.kind) && dataCenterOf(design, id) !== target) {
          design = placeInDataCenter(design, id, target);
        }
        const before = layout.nodes[id];
        if (!before || before.x !== position.x || before.y !== position.y) {
          layout = withNodeLayout(layout, id, { ...before, x: position.x, y: position.y });
        }
      }
      return design === doc.design && layout === doc.layout ? doc : { ...doc, design, layout };
    };

    /** Commits where the boxes in `ids` came to rest, moving any dropped into another data center there. */
    const settle = (ids: readonly string[]) => {
      const s = get();
      const viewNodes = new Map(s.nodes.map((n) => [n.id, n]));
      const index = indexDesign(s.doc.design);
      let layout = s.doc.layout;
      // Data centers first, so elements are judged against where their boxes now are.
      for (const id of ids) {
        const node = viewNodes.get(id);
        if (node?.type !== 'dataCenter') continue;
        const before = layout.nodes[id];
        if (!before || before.x !== node.position.x || before.y !== node.position.y) {
          layout = withNodeLayout(layout, id, { ...before, x: node.position.x, y: node.position.y });
        }
      }
      let doc: DesignDocument = layout === s.doc.layout ? s.doc : { ...s.doc, layout };
      const moves: { id: string; target: string | null; position: Point }[] = [];
      for (const id of ids) {
        const node = viewNodes.get(id);
        const hit = index.byId.get(id);
        if (!node || node.type !== 'element' || !hit) continue;
        const parent = node.parentId ? viewNodes.get(node.parentId) : undefined;
        const absolute = {
          x: node.position.x + (parent?.position.x ?? 0),
          y: node.position.y + (parent?.position.y ?? 0),
        };
        if (!livesInDataCenter(hit.kind)) {
          moves.push({ id, target: null, position: absolute });
          continue;
        }
        const centre = {
          x: absolute.x + (node.measured?.width ?? NODE_WIDTH) / 2,
          y: absolute.y + (node.measured?.height ?? NODE_HEIGHT) / 2,
        };
        const target = dataCenterAt(doc, centre);
        moves.push({ id, target, position: toDataCenterCoordinates(doc, target, absolute) });
      }
      doc = relocate(doc, moves);
      commit(doc);
    };

    const connectWith = (sourceId: string, targetId: string, handle: string | null): Refusal | null => {
      const plan = planConnection(get().doc.design, sourceId, targetId, handle);
      if (!plan.ok) return plan.refusal;
      commitDesign(applyConnection(get().doc.design, plan.intent));
      return null;
    };

    return {
      doc: startDoc,
      history: emptyHistory(),
      savedDoc: startDoc,
      file: { name: null, fileId: null },
      nodes: startView.nodes,
      edges: startView.edges,
      selection: [],
      locale,
      snapToGrid: true,
      showMinimap: true,
      notice: null,
      clipboard: null,
      pending: null,
      prompt: null,
      focus: null,
      whatIf: whatIfOff,

      placeElement(kind, at, options = {}) {
        const s = get();
        const index = indexDesign(s.doc.design);
        const host = options.onto ? index.sqlInstance(options.onto) : undefined;
        const hosted = host && (kind === 'share' || kind === 'fileStore') ? host : undefined;
        let dataCenter: string | null;
        let position: Point;
        if (hosted) {
          dataCenter = dataCenterOf(s.doc.design, hosted.id);
          position = freeSpot(s.doc, dataCenter);
        } else if (at) {
          dataCenter = kind === 'pool' ? null : dataCenterAt(s.doc, at);
          const corner = { x: at.x - NODE_WIDTH / 2, y: at.y - NODE_HEIGHT / 2 };
          position = toDataCenterCoordinates(s.doc, dataCenter, corner);
        } else {
          const selectedDataCenter = s.selection
            .map((id) => (index.dataCenter(id) ? id : dataCenterOf(s.doc.design, id)))
            .find((id) => id);
          dataCenter =
            kind === 'pool'
              ? null
              : (options.dataCenter ?? selectedDataCenter ?? s.doc.design.dataCenters[0]?.id ?? null);
          position = freeSpot(s.doc, dataCenter);
        }
        const created = newElement(s.doc.design, kind, dataCenter);
        const placed = hosted ? onComputer(created, hosted.serverFqdn) : created;
        const { id } = placed.element;
        const design = addKindedElement(s.doc.design, placed);
        commit({ ...s.doc, design, layout: withNodeLayout(s.doc.layout, id, position) }, [id]);
        return id;
      },

      moveToDataCenter(ids, dataCenterId) {
        let doc = get().doc;
        for (const id of ids) {
          const hit = indexDesign(doc.design).byId.get(id);
          if (!hit || !livesInDataCenter(hit.kind) || dataCenterOf(doc.design, id) === dataCenterId) continue;
          // Each lands in the first free slot of the new data center, judged after the ones before it.
          doc = relocate(doc, [{ id, target: dataCenterId, position: freeSpot(doc, dataCenterId) }]);
        }
        commit(doc);
      },

      renameDataCenter(id, name) {
        commitDesign(editElement(get().doc.design, 'dataCenter', id, { name }));
      },

      resizeDataCenter(id, rect) {
        const s = get();
        const before = s.doc.layout.nodes[id];
        const entry: NodeLayout = { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
        if (
          before &&
          before.x === entry.x &&
          before.y === entry.y &&
          before.width === entry.width &&
          before.height === entry.height
        ) {
          return;
        }
        let layout = withNodeLayout(s.doc.layout, id, entry);
        // Resizing from the top or left edge moves the data center's corner; the boxes inside stay where
        // they are on the canvas (as React Flow showed them during the resize), so their positions
        // relative to the corner shift the other way.
        const dx = entry.x - (before?.x ?? entry.x);
        const dy = entry.y - (before?.y ?? entry.y);
        if (dx !== 0 || dy !== 0) {
          for (const child of indexDesign(s.doc.design).elementsByDataCenter.get(id) ?? []) {
            const l = layout.nodes[child];
            if (l) layout = withNodeLayout(layout, child, { ...l, x: l.x - dx, y: l.y - dy });
          }
        }
        commit({ ...s.doc, layout });
      },

      addDataCenter(at) {
        const made = withNewDataCenter(get().doc, dataCenterDefaults(get().locale), at);
        commit(made.doc, [made.id]);
        // Beside the others may be off screen; a drop is where the planner is looking already.
        if (!at) set({ focus: { ids: [made.id], seq: (get().focus?.seq ?? 0) + 1 } });
        return made.id;
      },

      deleteDataCenter(id, moveTo) {
        const s = get();
        if (s.doc.design.dataCenters.length <= 1) return;
        commit(withDataCenterDeleted(s.doc, id, moveTo, measuredSize()), moveTo ? [moveTo] : []);
      },

      mergeDataCenter(id, into) {
        if (id === into) return;
        commit(withDataCenterDeleted(get().doc, id, into, measuredSize()), [into]);
      },

      splitToNewDataCenter(ids) {
        const made = withSplit(get().doc, ids, dataCenterDefaults(get().locale));
        if (!made) return null;
        commit(made.doc, ids);
        // The new data center is beside the others, often off screen: show where the boxes went.
        set({ focus: { ids: [made.id], seq: (get().focus?.seq ?? 0) + 1 } });
        return made.id;
      },

      updateElements(ids, patch) {
        commit(withBulkPatch(get().doc, ids, patch, measuredSize()), get().selection);
      },

      connect: (sourceId, targetId, handle) => connectWith(sourceId, targetId, handle),
      connectMirror: (principalId, mirrorId) => connectWith(principalId, mirrorId, 'mirror'),
      connectWitness: (principalId, witnessId) => connectWith(principalId, witnessId, 'witness'),
      connectLogShipping: (primaryId, secondaryId) => connectWith(primaryId, secondaryId, 'logShipping'),
      connectNextHop: (poolId, frontEndPoolId) => connectWith(poolId, frontEndPoolId, 'link'),

      disconnect(relationIds) {
        const design = get().doc.design;
        const chosen = new Set(relationIds);
        const relations = relationsOf(design).filter((r) => chosen.has(r.id));
        commitDesign(relations.reduce(removeRelation, design));
      },

      updateElement(id, patch) {
        const s = get();
        const hit = indexDesign(s.doc.design).byId.get(id);
        if (!hit) return;
        let rest: ElementPatch = patch;
        let dataCenterId: string | null | undefined;
        if ('dataCenterId' in patch) ({ dataCenterId, ...rest } = patch);
        let doc = s.doc;
        if (Object.keys(rest).length > 0) doc = { ...doc, design: updateElementById(doc.design, id, rest) };
        if (
          dataCenterId !== undefined &&
          livesInDataCenter(hit.kind) &&
          dataCenterOf(doc.design, id) !== dataCenterId
        ) {
          doc = relocate(doc, [{ id, target: dataCenterId, position: freeSpot(doc, dataCenterId) }]);
        }
        commit(doc);
      },

      assignStoreInstance(poolId, role, part, instanceId) {
        const key = part === 'instance' ? 'sqlInstanceId' : part === 'mirror' ? 'mirrorId' : 'witnessId';
        commitDesign(updateStore(get().doc.design, poolId, role, { [key]: instanceId }));
      },

      assignShare(poolId, slot, shareId) {
        commitDesign(setShareSlot(get().doc.design, poolId, slot, shareId));
      },

      updateDesign(patch) {
        commitDesign({ ...get().doc.design, ...patch });
      },

      applyQuickFix(finding) {
        if (!finding.fix) return;
        const design = get().doc.design;
        commitDesign(finding.fix.apply(design));
      },

      select(ids, options) {
        const s = get();
        set(view(s.doc, ids));
        if (options?.focus) set({ focus: { ids: [...ids], seq: (s.focus?.seq ?? 0) + 1 } });
      },

      selectAll() {
        const s = get();
        const ids = [
          ...s.nodes.filter((n) => n.type === 'element').map((n) => n.id),
          ...s.edges.map((e) => e.id),
        ];
        set(view(s.doc, ids));
      },

      clearSelection() {
        set(view(get().doc, []));
      },

      deleteSelection() {
        const s = get();
        const index = indexDesign(s.doc.design);
        const elements = s.selection.filter((id) => {
          const kind = index.byId.get(id)?.kind;
          return kind !== undefined && kind !== 'dataCenter';
        });
        const selected = new Set(s.selection);
        const relations = relationsOf(s.doc.design).filter((r) => selected.has(r.id));
        // A data center is never deleted without the question that says what becomes of its
        // contents; the Delete key on one asks it, as the inspector's button does.
        const dataCenters = s.selection.filter((id) => index.dataCenter(id));
        if (elements.length === 0 && relations.length === 0 && dataCenters.length === 1) {
          if (s.doc.design.dataCenters.length > 1)
            set({ prompt: { kind: 'deleteDataCenter', id: dataCenters[0]! } });
          return;
        }
        const design = relations.reduce(removeRelation, s.doc.design);
        commitDesign(removeElements(design, new Set(elements)), []);
      },

      copySelection() {
        const s = get();
        const clip = copyElements(s.doc, s.selection);
        if (clip) set({ clipboard: clip });
      },

      paste() {
        const s = get();
        if (!s.clipboard) return;
        const pasted = pasteClip(s.doc, s.clipboard, { x: PASTE_OFFSET, y: PASTE_OFFSET });
        // The next paste goes one step further, as from a copy of what was just pasted.
        const nextClip = copyElements(pasted.doc, pasted.ids);
        // The pasted group is arranged as a block below what its data center holds.
        commit(arrangeBlock(pasted.doc, pasted.ids), pasted.ids);
        set({ clipboard: nextClip });
      },

      duplicateSelection() {
        const s = get();
        const clip = copyElements(s.doc, s.selection);
        if (!clip) return;
        const pasted = pasteClip(s.doc, clip, { x: PASTE_OFFSET, y: PASTE_OFFSET });
        commit(arrangeBlock(pasted.doc, pasted.ids), pasted.ids);
      },

      autoArrange() {
        const s = get();
        // The boxes as drawn: a box taller with its chips still gets its lines below it.
        commit(arrangeDocument(s.doc, { sizeOf: measuredSize() }));
        if (get().doc !== s.doc) set({ focus: { ids: [], seq: (get().focus?.seq ?? 0) + 1 } });
      },

      undo() {
        const s = get();
        const step = undoStep(s.history, s.doc);
        if (!step) return;
        set({ doc: step.value, history: step.history, ...view(step.value, s.selection) });
      },

      redo() {
        const s = get();
        const step = redoStep(s.history, s.doc);
        if (!step) return;
        set({ doc: step.value, history: step.history, ...view(step.value, s.selection) });
      },

      newDesign(template, names) {
        offerDocument(templateDocument(template, names), { name: null, fileId: null });
      },

      openDocument(doc, file, options) {
        offerDocument(doc, file, options);
      },

      confirmPending() {
        const pending = get().pending;
        if (pending) replaceDocument(pending.doc, pending.file, pending.options);
      },

      cancelPending() {
        set({ pending: null });
      },

      markSaved(doc, file) {
        set({ savedDoc: doc, file });
      },

      setLocale(next) {
        const s = get();
        if (next === s.locale) return;
        set({ locale: next, ...view(s.doc, s.selection, next) });
      },

      toggleSnapToGrid: () => set({ snapToGrid: !get().snapToGrid }),
      toggleMinimap: () => set({ showMinimap: !get().showMinimap }),
      showNotice: (notice) => set({ notice }),
      dismissNotice: () => set({ notice: null }),
      ask: (prompt) => set({ prompt }),
      dismissPrompt: () => set({ prompt: null }),

      toggleWhatIf() {
        const s = get();
        // A click marks an element as failed while the mode is on, so nothing stays selected.
        if (!s.whatIf.on) set({ whatIf: { on: true, failures: s.whatIf.failures }, ...view(s.doc, []) });
        else set({ whatIf: whatIfOff });
      },

      toggleFailure(id) {
        const { whatIf, doc } = get();
        const kind = indexDesign(doc.design).byId.get(id)?.kind;
        // A pool fails only through its servers and stores (shared/simulation).
        if (!whatIf.on || kind === undefined || kind === 'pool') return;
        set({ whatIf: { on: true, failures: toggleFailedElement(whatIf.failures, id) } });
      },

      toggleLinkFailure() {
        const { whatIf } = get();
        if (whatIf.on) set({ whatIf: { on: true, failures: toggleFailedLink(whatIf.failures) } });
      },

      onNodesChange(changes) {
        const s = get();
        const nodes = applyNodeChanges(changes, s.nodes);
        const selectionChanged = changes.some((c) => c.type === 'select');
        set(selectionChanged ? { nodes, selection: selectedIds(nodes, s.edges) } : { nodes });
        const settled = changes.filter((c) => c.type === 'position' && c.dragging === false && c.position);
        if (settled.length > 0) settle(settled.map((c) => (c as { id: string }).id));
      },

      onEdgesChange(changes) {
        const s = get();
        const relevant = changes.filter((c) => c.type === 'select');
        if (relevant.length === 0) return;
        const edges = applyEdgeChanges(relevant, s.edges);
        set({ edges, selection: selectedIds(s.nodes, edges) });
      },
    };
  });
}
