/** Every command of the designer, with its shortcut beside it. */
import { defineAction } from './types.ts';
import type { Action } from './types.ts';
import type { EditorState } from '../state/editor-store.ts';
import { movableIds } from '../../shared/model/data-centers.ts';
import { connectSourceOf } from '../model/connect-choices.ts';
import { nextThemeChoice } from '../theme/theme.ts';

const hasSelection = (s: EditorState) => s.selection.length > 0;

export const undo = defineAction({
  name: 'undo',
  label: 'actions.undo',
  shortcuts: ['Mod+Z'],
  enabled: (s) => s.history.past.length > 0,
  perform: ({ store }) => store.getState().undo(),
});

export const redo = defineAction({
  name: 'redo',
  label: 'actions.redo',
  shortcuts: ['Mod+Shift+Z', 'Ctrl+Y'],
  enabled: (s) => s.history.future.length > 0,
  perform: ({ store }) => store.getState().redo(),
});

export const copy = defineAction({
  name: 'copy',
  label: 'actions.copy',
  shortcuts: ['Mod+C'],
  enabled: hasSelection,
  perform: ({ store }) => store.getState().copySelection(),
});

export const cut = defineAction({
  name: 'cut',
  label: 'actions.cut',
  shortcuts: ['Mod+X'],
  enabled: hasSelection,
  perform: ({ store }) => {
    store.getState().copySelection();
    store.getState().deleteSelection();
  },
});

export const paste = defineAction({
  name: 'paste',
  label: 'actions.paste',
  shortcuts: ['Mod+V'],
  enabled: (s) => s.clipboard !== null,
  perform: ({ store }) => store.getState().paste(),
});

export const duplicate = defineAction({
  name: 'duplicate',
  label: 'actions.duplicate',
  shortcuts: ['Mod+D'],
  enabled: hasSelection,
  perform: ({ store }) => store.getState().duplicateSelection(),
});

export const remove = defineAction({
  name: 'delete',
  label: 'actions.delete',
  shortcuts: ['Delete', 'Backspace'],
  enabled: hasSelection,
  perform: ({ store }) => store.getState().deleteSelection(),
});

export const selectAll = defineAction({
  name: 'selectAll',
  label: 'actions.selectAll',
  shortcuts: ['Mod+A'],
  perform: ({ store }) => store.getState().selectAll(),
});

export const clearSelection = defineAction({
  name: 'clearSelection',
  label: 'actions.clearSelection',
  shortcuts: ['Escape'],
  enabled: hasSelection,
  perform: ({ store }) => store.getState().clearSelection(),
});

export const zoomToFit = defineAction({
  name: 'zoomToFit',
  label: 'actions.zoomToFit',
  shortcuts: ['Shift+1'],
  perform: ({ viewport }) => viewport.fitView(),
});

/** Zooms to the selected boxes and data centers; a selected line alone has no box to zoom to. */
export const zoomToSelection = defineAction({
  name: 'zoomToSelection',
  label: 'find.zoomToSelection',
  shortcuts: ['Shift+2'],
  enabled: (s) => s.nodes.some((n) => n.selected),
  perform: ({ store }) => {
    const s = store.getState();
    s.select(s.selection, { focus: true });
  },
});

export const find = defineAction({
  name: 'find',
  label: 'find.action',
  shortcuts: ['Mod+F'],
  worksInFields: true,
  perform: ({ openFind }) => openFind(),
});

export const zoomIn = defineAction({
  name: 'zoomIn',
  label: 'actions.zoomIn',
  shortcuts: ['Mod+=', '+'],
  perform: ({ viewport }) => viewport.zoomIn(),
});

export const zoomOut = defineAction({
  name: 'zoomOut',
  label: 'actions.zoomOut',
  shortcuts: ['Mod+-', '-'],
  perform: ({ viewport }) => viewport.zoomOut(),
});

export const autoArrange = defineAction({
  name: 'autoArrange',
  label: 'arrange.autoArrange',
  shortcuts: ['Mod+Shift+L'],
  perform: ({ store }) => store.getState().autoArrange(),
});

export const toggleSnap = defineAction({
  name: 'toggleSnapToGrid',
  label: 'actions.toggleSnapToGrid',
  shortcuts: ['G'],
  perform: ({ store }) => store.getState().toggleSnapToGrid(),
});

export const toggleMinimap = defineAction({
  name: 'toggleMinimap',
  label: 'actions.toggleMinimap',
  shortcuts: ['M'],
  perform: ({ store }) => store.getState().toggleMinimap(),
});

export const open = defineAction({
  name: 'open',
  label: 'actions.open',
  shortcuts: ['Mod+O'],
  worksInFields: true,
  perform: ({ documents }) => documents.open(),
});

export const save = defineAction({
  name: 'save',
  label: 'actions.save',
  shortcuts: ['Mod+S'],
  worksInFields: true,
  perform: ({ documents }) => documents.save(),
});

export const saveAs = defineAction({
  name: 'saveAs',
  label: 'actions.saveAs',
  shortcuts: ['Mod+Shift+S'],
  worksInFields: true,
  perform: ({ documents }) => documents.saveAs(),
});

export const importXml = defineAction({
  name: 'importTopologyXml',
  label: 'actions.importXml',
  shortcuts: ['Mod+I'],
  perform: ({ documents }) => documents.importXml(),
});

export const exportXml = defineAction({
  name: 'exportTopologyXml',
  label: 'actions.exportXml',
  shortcuts: ['Mod+E'],
  perform: ({ documents }) => documents.exportXml(),
});

export const exportRunbook = defineAction({
  name: 'exportRunbook',
  label: 'actions.exportRunbook',
  shortcuts: ['Mod+Shift+E'],
  enabled: (s) => s.doc.design.pools.length > 0,
  perform: ({ documents }) => documents.exportRunbook(),
});

export const toggleWhatIf = defineAction({
  name: 'toggleWhatIf',
  label: 'actions.toggleWhatIf',
  shortcuts: ['W'],
  perform: ({ store }) => store.getState().toggleWhatIf(),
});

export const exportOutcome = defineAction({
  name: 'exportOutcome',
  label: 'whatif.exportOutcome',
  shortcuts: [],
  enabled: (s) => s.whatIf.on && s.doc.design.pools.length > 0,
  perform: ({ documents }) => documents.exportOutcome(),
});

export const newHighBandwidth = defineAction({
  name: 'newHighBandwidth',
  label: 'actions.newHighBandwidth',
  shortcuts: [],
  perform: ({ documents }) => documents.newDesign('high-bandwidth'),
});

export const newLowBandwidth = defineAction({
  name: 'newLowBandwidth',
  label: 'actions.newLowBandwidth',
  shortcuts: [],
  perform: ({ documents }) => documents.newDesign('low-bandwidth'),
});

export const newEmpty = defineAction({
  name: 'newEmpty',
  label: 'actions.newEmpty',
  shortcuts: [],
  perform: ({ documents }) => documents.newDesign('empty'),
});

export const showShortcuts = defineAction({
  name: 'showShortcuts',
  label: 'actions.showShortcuts',
  shortcuts: ['?'],
  perform: ({ toggleShortcuts }) => toggleShortcuts(),
});

// Data centers (issue 12). No shortcut: the palette and the inspector offer them with one click.
export const addDataCenter = defineAction({
  name: 'addDataCenter',
  label: 'dataCenters.add',
  shortcuts: [],
  perform: ({ store }) => void store.getState().addDataCenter(),
});

export const splitToNewDataCenter = defineAction({
  name: 'splitToNewDataCenter',
  label: 'dataCenters.split',
  shortcuts: [],
  enabled: (s) => movableIds(s.doc.design, s.selection).length > 0,
  perform: ({ store }) => void store.getState().splitToNewDataCenter(store.getState().selection),
});

export const cycleTheme = defineAction({
  name: 'cycleTheme',
  label: 'a11y.theme.cycle',
  shortcuts: ['Shift+T'],
  perform: ({ theme }) => theme?.choose(nextThemeChoice(theme.get().choice)),
});

export const connectFrom = defineAction({
  name: 'connectFrom',
  label: 'a11y.connect.action',
  shortcuts: ['Shift+C'],
  enabled: (s) => connectSourceOf(s) !== null,
  perform: ({ store, openConnect }) => {
    const source = connectSourceOf(store.getState());
    if (source) openConnect?.(source);
  },
});

// Pictures and the report (issue 13): no shortcut, they are occasional, end-of-work commands.
export const exportPicture = defineAction({
  name: 'exportPicture',
  label: 'pictures.exportPicture',
  shortcuts: [],
  perform: ({ openExportPicture }) => openExportPicture?.(),
});

export const exportReport = defineAction({
  name: 'exportReport',
  label: 'pictures.exportReport',
  shortcuts: [],
  perform: ({ pictures }) => pictures?.exportReport(),
});

export const printReport = defineAction({
  name: 'printReport',
  label: 'pictures.printReport',
  shortcuts: [],
  perform: ({ pictures }) => pictures?.printReport(),
});

/** In the order the shortcuts sheet lists them. */
export const allActions: readonly Action[] = [
  newHighBandwidth,
  newLowBandwidth,
  newEmpty,
  open,
  save,
  saveAs,
  importXml,
  exportXml,
  exportRunbook,
  exportPicture,
  exportReport,
  printReport,
  undo,
  redo,
  cut,
  copy,
  paste,
  duplicate,
  remove,
  selectAll,
  clearSelection,
  zoomToFit,
  zoomToSelection,
  find,
  zoomIn,
  zoomOut,
  autoArrange,
  toggleSnap,
  toggleMinimap,
  toggleWhatIf,
  exportOutcome,
  addDataCenter,
  splitToNewDataCenter,
  cycleTheme,
  connectFrom,
  showShortcuts,
];

export function actionByName(name: string): Action | undefined {
  return allActions.find((a) => a.name === name);
}
