/**
 * The IPC channel names, shared by the preload and the main process. Kept free of imports so
 * the sandboxed preload bundle stays tiny.
 */
export const invokeChannels = {
  openDesign: 'pchat:open-design',
  saveDesign: 'pchat:save-design',
  saveDesignAs: 'pchat:save-design-as',
  importTopologyXml: 'pchat:import-topology-xml',
  exportTopologyXml: 'pchat:export-topology-xml',
  exportRunbook: 'pchat:export-runbook',
  /** Export picture and Export report: one file, text or bytes by its kind. */
  exportFile: 'pchat:export-file',
  /** Print to PDF: the report's HTML, printed by the main process in a window of its own. */
  printReportToPdf: 'pchat:print-report-pdf',
} as const;

/** Fire-and-forget messages from the renderer. */
export const sendChannels = {
  setDocumentState: 'pchat:set-document-state',
  recoveryDraft: 'pchat:recovery-draft',
  /** A menu's Undo, Copy, … while a text field has focus: the edit belongs to the field. */
  nativeEdit: 'pchat:native-edit',
  /** The planner's theme (system, light, dark), for the window's own frame and menus. */
  setThemeSource: 'pchat:set-theme-source',
} as const;

/** Messages from the main process to the renderer. */
export const eventChannels = {
  openFile: 'pchat:open-file',
  command: 'pchat:command',
} as const;

/**
 * The menu commands that act on a focused text field (sendChannels.nativeEdit) rather than on the
 * design: the menu, the gate and the preload all use this list.
 */
export const textEditCommands = ['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll'] as const;
export type TextEditCommand = (typeof textEditCommands)[number];
