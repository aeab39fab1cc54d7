import type { DesignerPlatform } from '../../../shared/platform/contract.ts';

/** The platform contract (shared/platform/contract.ts), one method per action. */
export const platformMethods: Array<keyof DesignerPlatform> = [
  'openDesign',
  'saveDesign',
  'saveDesignAs',
  'importTopologyXml',
  'exportTopologyXml',
  'onOpenFile',
  'onCommand',
  'setDocumentState',
];

/** Everything `window.pchatDesigner` may hold: the file API plus the desktop's own five. */
export const desktopApiMethods = [
  ...platformMethods,
  'exportRunbook',
  'saveRecoveryDraft',
  'setThemeSource',
  'exportFile',
  'printReportToPdf',
].sort();
