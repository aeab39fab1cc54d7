/**
 * Every word the desktop shell shows (menus, dialogs, the window title), in English and
 * Spanish like the rest of the product. The shell picks one language at start from the
 * operating system's locale.
 */
import type { Locale, Params, Text } from '../shared/i18n/text.ts';
import { render } from '../shared/i18n/text.ts';

export const PRODUCT_NAME = 'Persistent Chat Topology Designer';

/** The operating system reports tags like `es-419` or `en-GB`; anything not Spanish gets English. */
export function localeFromSystem(tag: string): Locale {
  return tag.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function say(text: Text, locale: Locale, params?: Params): string {
  return render(text, params, locale);
}

export const menuText = {
  file: { en: '&File', es: '&Archivo' },
  newFromTemplate: { en: 'New from Template', es: 'Nuevo a partir de plantilla' },
  templateHighBandwidth: {
    en: 'High-Bandwidth Stretched Pool (Reference)',
    es: 'Grupo extendido de gran ancho de banda (referencia)',
  },
  templateLowBandwidth: { en: 'Low-Bandwidth Stretched Pool', es: 'Grupo extendido de poco ancho de banda' },
  templateEmpty: { en: 'Empty Design', es: 'Diseño vacío' },
  open: { en: 'Open…', es: 'Abrir…' },
  openRecent: { en: 'Open Recent', es: 'Abrir recientes' },
  noRecent: { en: 'No Recent Designs', es: 'No hay diseños recientes' },
  clearRecent: { en: 'Clear Recent', es: 'Borrar recientes' },
  save: { en: 'Save', es: 'Guardar' },
  saveAs: { en: 'Save As…', es: 'Guardar como…' },
  importXml: { en: 'Import Topology XML…', es: 'Importar XML de topología…' },
  exportXml: { en: 'Export Topology Builder XML…', es: 'Exportar XML de Topology Builder…' },
  exportRunbook: { en: 'Export Runbook…', es: 'Exportar runbook…' },
  exportPicture: { en: 'Export Picture…', es: 'Exportar imagen…' },
  exportReport: { en: 'Export Report…', es: 'Exportar informe…' },
  printToPdf: { en: 'Print to PDF…', es: 'Imprimir en PDF…' },
  quit: { en: 'Quit', es: 'Salir' },
  exit: { en: 'E&xit', es: '&Salir' },
  edit: { en: '&Edit', es: '&Edición' },
  undo: { en: 'Undo', es: 'Deshacer' },
  redo: { en: 'Redo', es: 'Rehacer' },
  cut: { en: 'Cut', es: 'Cortar' },
  copy: { en: 'Copy', es: 'Copiar' },
  paste: { en: 'Paste', es: 'Pegar' },
  duplicate: { en: 'Duplicate', es: 'Duplicar' },
  delete: { en: 'Delete', es: 'Eliminar' },
  selectAll: { en: 'Select All', es: 'Seleccionar todo' },
  view: { en: '&View', es: '&Ver' },
  zoomToFit: { en: 'Zoom to Fit', es: 'Ajustar a la ventana' },
  autoArrange: { en: 'Auto-arrange', es: 'Organizar automáticamente' },
  zoomToSelection: { en: 'Zoom to Selection', es: 'Ajustar a la selección' },
  find: { en: 'Find…', es: 'Buscar…' },
  actualSize: { en: 'Actual Size', es: 'Tamaño real' },
  zoomIn: { en: 'Zoom In', es: 'Acercar' },
  zoomOut: { en: 'Zoom Out', es: 'Alejar' },
  toggleSnapToGrid: { en: 'Snap to Grid', es: 'Ajustar a la cuadrícula' },
  toggleMinimap: { en: 'Minimap', es: 'Minimapa' },
  cycleTheme: { en: 'Switch Theme (System, Light, Dark)', es: 'Cambiar el tema (sistema, claro, oscuro)' },
  connectFrom: { en: 'Connect…', es: 'Conectar…' },
  fullScreen: { en: 'Toggle Full Screen', es: 'Pantalla completa' },
  devTools: { en: 'Toggle Developer Tools', es: 'Herramientas de desarrollo' },
  help: { en: '&Help', es: 'Ay&uda' },
  about: { en: 'About {product}', es: 'Acerca de {product}' },
  shortcuts: { en: 'Keyboard Shortcuts', es: 'Atajos de teclado' },
  showRecoveryFolder: {
    en: 'Show Recovery Drafts Folder',
    es: 'Mostrar la carpeta de borradores recuperados',
  },
  window: { en: 'Window', es: 'Ventana' },
} satisfies Record<string, Text>;

export const dialogText = {
  untitled: { en: 'Untitled', es: 'Sin título' },
  designFilter: { en: 'Persistent Chat design', es: 'Diseño de Persistent Chat' },
  xmlFilter: { en: 'Topology XML', es: 'XML de topología' },
  runbookFilter: { en: 'Runbook', es: 'Runbook' },
  allFiles: { en: 'All files', es: 'Todos los archivos' },
  unsavedTitle: { en: 'Unsaved changes', es: 'Cambios sin guardar' },
  unsavedBeforeClose: {
    en: 'Do you want to save the changes to “{name}” before closing?',
    es: '¿Quiere guardar los cambios de «{name}» antes de cerrar?',
  },
  unsavedBeforeOpen: {
    en: 'Do you want to save the changes to “{name}” before opening another design?',
    es: '¿Quiere guardar los cambios de «{name}» antes de abrir otro diseño?',
  },
  unsavedDetail: {
    en: 'Your changes will be lost if you do not save them.',
    es: 'Si no los guarda, perderá los cambios.',
  },
  buttonSave: { en: '&Save', es: '&Guardar' },
  buttonDontSave: { en: "&Don't Save", es: '&No guardar' },
  buttonCancel: { en: 'Cancel', es: 'Cancelar' },
  openFailedTitle: { en: 'The design could not be opened', es: 'No se pudo abrir el diseño' },
  saveFailedTitle: { en: 'The design was not saved', es: 'No se guardó el diseño' },
  exportFailedTitle: { en: 'The file was not written', es: 'No se escribió el archivo' },
  importFailedTitle: { en: 'The file could not be read', es: 'No se pudo leer el archivo' },
  designKept: {
    en: 'The design you have open is unchanged.',
    es: 'El diseño que tiene abierto no ha cambiado.',
  },
  recoveryTitle: { en: 'Recover unsaved work?', es: '¿Recuperar el trabajo sin guardar?' },
  recoveryMessage: {
    en: 'The designer closed unexpectedly while “{name}” had unsaved changes. A recovery draft from {time} is available.',
    es: 'El diseñador se cerró inesperadamente mientras «{name}» tenía cambios sin guardar. Hay un borrador recuperado de {time}.',
  },
  recoveryDetail: {
    en: 'Restore opens the draft with its changes marked as unsaved; the file on disk is not changed until you save.',
    es: 'Restaurar abre el borrador con sus cambios marcados como no guardados; el archivo en disco no cambia hasta que guarde.',
  },
  runbookTitle: { en: 'Export runbook for “{name}”', es: 'Exportar el runbook de «{name}»' },
  runbookNothing: {
    en: 'No runbook can be made for this design yet.',
    es: 'Todavía no se puede generar ningún runbook para este diseño.',
  },
  runbookWritten: {
    en: '{count} runbook files were written to {folder}.',
    es: 'Se escribieron {count} archivos del runbook en {folder}.',
  },
  runbookSkipped: {
    en: 'Left out, because the design does not support them yet:',
    es: 'Se omitieron porque el diseño todavía no los admite:',
  },
  runbookUnreadable: {
    en: 'The design could not be read to make its runbooks ({detail}).',
    es: 'No se pudo leer el diseño para generar sus runbooks ({detail}).',
  },
  buttonReplace: { en: '&Replace', es: '&Reemplazar' },
  replaceFiles: {
    en: 'These files already exist in {folder}. Replace them?\n{files}',
    es: 'Estos archivos ya existen en {folder}. ¿Quiere reemplazarlos?\n{files}',
  },
  buttonRestore: { en: '&Restore', es: '&Restaurar' },
  buttonDiscard: { en: '&Discard', es: '&Descartar' },
  buttonLater: { en: 'Decide &Later', es: 'Decidir &más tarde' },
  aboutDetail: {
    en: 'Version {version}\nDesign and validate Lync Server 2013 Persistent Chat stretched pools.',
    es: 'Versión {version}\nDiseñe y valide grupos extendidos de Persistent Chat de Lync Server 2013.',
  },
} satisfies Record<string, Text>;

/** What goes wrong with files, worded for planners: what happened and what they can do. */
export const fileProblemText = {
  vanished: {
    en: '“{name}” cannot be found at {folder}. It may have been moved, renamed or deleted, or its drive disconnected.',
    es: 'No se encuentra «{name}» en {folder}. Puede que se haya movido, cambiado de nombre o eliminado, o que su unidad se haya desconectado.',
  },
  folderVanished: {
    en: 'The folder {folder} no longer exists, so “{name}” could not be saved there. Use Save As to choose another place.',
    es: 'La carpeta {folder} ya no existe, así que no se pudo guardar «{name}» en ella. Use Guardar como para elegir otro lugar.',
  },
  readOnly: {
    en: '“{name}” is read-only, so it was not replaced. Use Save As to save a copy elsewhere.',
    es: '«{name}» es de solo lectura, así que no se ha sustituido. Use Guardar como para guardar una copia en otro lugar.',
  },
  readOnlyDrive: {
    en: 'The drive holding “{name}” is read-only. Use Save As to save a copy elsewhere.',
    es: 'La unidad que contiene «{name}» es de solo lectura. Use Guardar como para guardar una copia en otro lugar.',
  },
  noReadPermission: {
    en: 'You do not have permission to read “{name}”.',
    es: 'No tiene permiso para leer «{name}».',
  },
  noWritePermission: {
    en: 'You do not have permission to save in {folder}. Use Save As to choose another folder.',
    es: 'No tiene permiso para guardar en {folder}. Use Guardar como para elegir otra carpeta.',
  },
  lockedRead: {
    en: '“{name}” is locked by another program. Close it there and try again.',
    es: 'Otro programa tiene bloqueado «{name}». Ciérrelo en ese programa y vuelva a intentarlo.',
  },
  lockedWrite: {
    en: '“{name}” is in use by another program, so it was not replaced. Close it there and save again, or use Save As.',
    es: 'Otro programa está usando «{name}», así que no se ha sustituido. Ciérrelo en ese programa y vuelva a guardar, o use Guardar como.',
  },
  notAFile: {
    en: '“{name}” is a folder, not a file.',
    es: '«{name}» es una carpeta, no un archivo.',
  },
  tooLarge: {
    en: '“{name}” is too large ({size} MiB; the limit is {limit} MiB).',
    es: '«{name}» es demasiado grande ({size} MiB; el límite es {limit} MiB).',
  },
  corrupted: {
    en: '“{name}” is damaged or is not a Persistent Chat design. {detail}',
    es: '«{name}» está dañado o no es un diseño de Persistent Chat. {detail}',
  },
  notTopology: {
    en: '“{name}” cannot be read as a topology document. {detail}',
    es: '«{name}» no se puede leer como documento de topología. {detail}',
  },
  diskFull: {
    en: 'There is not enough space on the drive to save “{name}”. Free some space or save elsewhere.',
    es: 'No hay espacio suficiente en la unidad para guardar «{name}». Libere espacio o guarde en otro lugar.',
  },
  otherRead: {
    en: '“{name}” could not be read ({detail}).',
    es: 'No se pudo leer «{name}» ({detail}).',
  },
  otherWrite: {
    en: '“{name}” could not be saved ({detail}).',
    es: 'No se pudo guardar «{name}» ({detail}).',
  },
} satisfies Record<string, Text>;
