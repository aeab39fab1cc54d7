/**
 * The native menus, as a plain template built from the platform, the language and the recent
 * list. Designer commands are sent to the page by the name of the renderer's action (see
 * renderer/actions/registry.ts), so the menu, the toolbar and the keys run the same code.
 *
 * The page already handles its own shortcuts (Ctrl+Z, Ctrl+S, …), including the rule that
 * keys typed in a text field belong to the field. Those accelerators are therefore shown but
 * not registered (registerAccelerator: false), so a key press is never handled twice. On
 * macOS the text-editing keys must be claimed by the menu or they do not work in text fields
 * at all; there the preload routes them to the field or to the canvas, whichever has focus.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Locale } from '../shared/i18n/text.ts';
import type { TextEditCommand } from './ipc/channels.ts';
import { menuText, PRODUCT_NAME, say } from './strings.ts';

/** Commands sent to the page: the names of the renderer's actions. */
export const designerCommands = [
  'newHighBandwidth',
  'newLowBandwidth',
  'newEmpty',
  'open',
  'save',
  'saveAs',
  'importTopologyXml',
  'exportTopologyXml',
  'exportRunbook',
  'exportPicture',
  'exportReport',
  'printReport',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'duplicate',
  'delete',
  'selectAll',
  'zoomToFit',
  'zoomToSelection',
  'find',
  'zoomIn',
  'zoomOut',
  'autoArrange',
  'toggleSnapToGrid',
  'toggleMinimap',
  'cycleTheme',
  'connectFrom',
  'showShortcuts',
] as const;
export type DesignerCommand = (typeof designerCommands)[number];

export interface MenuActions {
  command(name: DesignerCommand): void;
  openRecent(file: string): void;
  clearRecent(): void;
  showAbout(): void;
  showRecoveryFolder(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  locale: Locale;
  recent: readonly string[];
  /** Whether the page can produce a runbook yet. */
  runbookExport: boolean;
  /** Developer tools only in a development build. */
  developerTools: boolean;
  actions: MenuActions;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { platform, locale, actions } = options;
  const isMac = platform === 'darwin';
  const t = (text: { en: string; es: string }, params?: Record<string, string>) =>
    // macOS menus have no mnemonics; the & would show.
    isMac ? say(text, locale, params).replace(/&/g, '') : say(text, locale, params);

  const command = (
    name: DesignerCommand,
    label: string,
    accelerator?: string,
    extra: Partial<MenuItemConstructorOptions> = {},
  ): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => actions.command(name),
    ...extra,
  });
  /** On macOS the text-editing keys are registered (see the file comment). */
  const textEdit = (
    name: TextEditCommand,
    label: string,
    accelerator: string,
  ): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: isMac,
    click: () => actions.command(name),
  });

  const recentItems: MenuItemConstructorOptions[] =
    options.recent.length === 0
      ? [{ label: t(menuText.noRecent), enabled: false }]
      : options.recent.map((file, i) => ({
          // Mnemonics 1-9 on Windows and Linux; && keeps a literal & in a file name.
          label: isMac ? file : `${i < 9 ? `&${i + 1} ` : ''}${file.replace(/&/g, '&&')}`,
          click: () => actions.openRecent(file),
        }));

  const file: MenuItemConstructorOptions = {
    label: t(menuText.file),
    submenu: [
      {
        label: t(menuText.newFromTemplate),
        submenu: [
          // Ctrl+N is not one of the page's keys, so the menu owns it.
          {
            label: t(menuText.templateHighBandwidth),
            accelerator: 'CmdOrCtrl+N',
            click: () => actions.command('newHighBandwidth'),
          },
          command('newLowBandwidth', t(menuText.templateLowBandwidth)),
          command('newEmpty', t(menuText.templateEmpty)),
        ],
      },
      command('open', t(menuText.open), 'CmdOrCtrl+O'),
      {
        label: t(menuText.openRecent),
        submenu: [
          ...recentItems,
          { type: 'separator' },
          {
            label: t(menuText.clearRecent),
            enabled: options.recent.length > 0,
            click: () => actions.clearRecent(),
          },
        ],
      },
      { type: 'separator' },
      command('save', t(menuText.save), 'CmdOrCtrl+S'),
      command('saveAs', t(menuText.saveAs), 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      command('importTopologyXml', t(menuText.importXml), 'CmdOrCtrl+I'),
      command('exportTopologyXml', t(menuText.exportXml), 'CmdOrCtrl+E'),
      {
        label: t(menuText.exportRunbook),
        accelerator: 'CmdOrCtrl+Shift+E',
        enabled: options.runbookExport,
        click: () => actions.command('exportRunbook'),
      },
      { type: 'separator' },
      command('exportPicture', t(menuText.exportPicture)),
      command('exportReport', t(menuText.exportReport)),
      command('printReport', t(menuText.printToPdf)),
      ...(isMac
        ? []
        : ([
            { type: 'separator' },
            {
              role: 'quit',
              label: t(platform === 'win32' ? menuText.exit : menuText.quit),
              // Windows closes with Alt+F4 (handled by the system); Linux desktops expect Ctrl+Q.
              ...(platform === 'win32'
                ? { accelerator: 'Alt+F4', registerAccelerator: false }
                : { accelerator: 'Ctrl+Q' }),
            },
          ] satisfies MenuItemConstructorOptions[])),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t(menuText.edit),
    submenu: [
      textEdit('undo', t(menuText.undo), 'CmdOrCtrl+Z'),
      textEdit('redo', t(menuText.redo), isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      textEdit('cut', t(menuText.cut), 'CmdOrCtrl+X'),
      textEdit('copy', t(menuText.copy), 'CmdOrCtrl+C'),
      textEdit('paste', t(menuText.paste), 'CmdOrCtrl+V'),
      command('duplicate', t(menuText.duplicate), 'CmdOrCtrl+D'),
      command('delete', t(menuText.delete), isMac ? 'Backspace' : 'Delete'),
      command('connectFrom', t(menuText.connectFrom), 'Shift+C'),
      { type: 'separator' },
      textEdit('selectAll', t(menuText.selectAll), 'CmdOrCtrl+A'),
      { type: 'separator' },
      // Shown, not registered (see above): the page's Ctrl+F opens its find box, and in a text
      // field too, so the menu must not take the key first.
      command('find', t(menuText.find), 'CmdOrCtrl+F'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t(menuText.view),
    submenu: [
      command('zoomToFit', t(menuText.zoomToFit), 'Shift+1'),
      command('zoomToSelection', t(menuText.zoomToSelection), 'Shift+2'),
      command('zoomIn', t(menuText.zoomIn), 'CmdOrCtrl+='),
      command('zoomOut', t(menuText.zoomOut), 'CmdOrCtrl+-'),
      { type: 'separator' },
      command('autoArrange', t(menuText.autoArrange), 'CmdOrCtrl+Shift+L'),
      command('toggleSnapToGrid', t(menuText.toggleSnapToGrid), 'G'),
      command('toggleMinimap', t(menuText.toggleMinimap), 'M'),
      command('cycleTheme', t(menuText.cycleTheme), 'Shift+T'),
      { type: 'separator' },
      { role: 'togglefullscreen', label: t(menuText.fullScreen) },
      ...(options.developerTools
        ? ([
            { type: 'separator' },
            { role: 'toggleDevTools', label: t(menuText.devTools) },
          ] as MenuItemConstructorOptions[])
        : []),
    ],
  };

  const about = { label: t(menuText.about, { product: PRODUCT_NAME }), click: () => actions.showAbout() };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: t(menuText.help),
    submenu: [
      command('showShortcuts', t(menuText.shortcuts), '?'),
      { label: t(menuText.showRecoveryFolder), click: () => actions.showRecoveryFolder() },
      ...(isMac ? [] : ([{ type: 'separator' }, about] as MenuItemConstructorOptions[])),
    ],
  };

  if (!isMac) return [file, edit, view, help];

  const app: MenuItemConstructorOptions = {
    label: PRODUCT_NAME,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit', label: `${t(menuText.quit)} ${PRODUCT_NAME}` },
    ],
  };
  return [app, file, edit, view, { role: 'windowMenu', label: t(menuText.window) }, help];
}
