/**
 * The desktop program's entry point. It only wires Electron to the modules beside it, which
 * hold the logic and are tested under Node: the window (window.ts), what the page may not do
 * (hardening.ts), the app:// origin (app-protocol.ts), the IPC gate (ipc/), the files and
 * drafts (desktop-session.ts, files/, recovery.ts) and the menus (menu.ts).
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, session, shell } from 'electron';
import type { MessageBoxOptions, WebContents } from 'electron';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
} from './app-protocol.ts';
import { designPathFromArgv } from './argv.ts';
import { DesktopSession, type DialogPort } from './desktop-session.ts';
import { createExports } from './exports.ts';
import { FileTokens } from './files/file-tokens.ts';
import { hardenContents, hardenSession } from './hardening.ts';
import { eventChannels } from './ipc/channels.ts';
import { registerDesignerIpc } from './ipc/register.ts';
import { buildMenuTemplate } from './menu.ts';
import { printHtmlToPdf, type PrintWindowClass } from './print-pdf.ts';
import { RecentFiles } from './recent.ts';
import { DraftAutosaver, recoveryFolder, RecoveryStore } from './recovery.ts';
import { dialogText, localeFromSystem, PRODUCT_NAME, say } from './strings.ts';
import { windowTitle } from './title.ts';
import { createDesignerWindow } from './window.ts';

/** Must match electron-builder.yml's appId (Windows taskbar grouping and jump lists). */
const APP_ID = 'org.pchat-topology.designer';

function log(message: string): void {
  process.stderr.write(`[pchat-designer] ${message}\n`);
}

// A profile folder of its own (recovery drafts, recent list), for the smoke tests and for planners
// who keep separate profiles; it must be set before the single-instance lock, which is per profile.
const profileOverride = process.env.PCHAT_DESIGNER_USER_DATA;
if (profileOverride) app.setPath('userData', path.resolve(profileOverride));

// Privileged schemes and the sandbox must be declared before the app is ready.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

/** A file the OS asked us to open before the window existed (macOS sends it early). */
let fileBeforeReady: string | null = null;
let designer: { window: BrowserWindow; session: DesktopSession } | null = null;

function boundDialogs(win: BrowserWindow): DialogPort {
  return {
    showOpenDialog: (options) => dialog.showOpenDialog(win, options),
    showSaveDialog: (options) => dialog.showSaveDialog(win, options),
    showMessageBox: (options) => dialog.showMessageBox(win, options as MessageBoxOptions),
  };
}

function runNativeEdit(contents: WebContents, command: string): void {
  if (command === 'undo') contents.undo();
  else if (command === 'redo') contents.redo();
  else if (command === 'cut') contents.cut();
  else if (command === 'copy') contents.copy();
  else if (command === 'paste') contents.paste();
  else if (command === 'delete') contents.delete();
  else if (command === 'selectAll') contents.selectAll();
}

async function start(): Promise<void> {
  const locale = localeFromSystem(app.getLocale());
  const userData = app.getPath('userData');
  // The bundle lives in dist/electron/; the renderer build in dist-web/ (both inside app.asar when packaged).
  const rendererRoot = path.join(__dirname, '..', '..', 'dist-web');
  const isDevelopment = !app.isPackaged;
  app.setAppUserModelId(APP_ID);

  hardenSession(session.defaultSession, (what) => log(`blocked ${what}`));
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));

  const recent = new RecentFiles(path.join(userData, 'recent.json'));
  await recent.load();
  const recovery = new RecoveryStore(recoveryFolder(userData));
  const autosave = new DraftAutosaver(recovery, {
    onError: (err) => log(`recovery draft not written: ${String(err)}`),
  });

  const win = createDesignerWindow(BrowserWindow, {
    preloadPath: path.join(__dirname, 'preload.cjs'),
    title: windowTitle({ name: null, modified: false }, locale),
    icon: path.join(__dirname, '..', '..', 'assets', 'icons', 'icon.png'),
    devTools: isDevelopment,
  });
  // The title is ours (file name and unsaved marker), not the page's <title>.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());

  const refreshMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          platform: process.platform,
          locale,
          recent: recent.list,
          runbookExport: true,
          developerTools: isDevelopment,
          actions: {
            command: (name) => win.webContents.send(eventChannels.command, name),
            openRecent: (file) => void designerSession.openPath(file, 'recent'),
            clearRecent: () => {
              app.clearRecentDocuments();
              void recent.clear().then(refreshMenu);
            },
            showAbout: () =>
              void dialog.showMessageBox(win, {
                type: 'info',
                title: PRODUCT_NAME,
                message: PRODUCT_NAME,
                detail: say(dialogText.aboutDetail, locale, { version: app.getVersion() }),
                buttons: ['OK'],
                noLink: true,
              }),
            showRecoveryFolder: () =>
              void fsp
                .mkdir(recovery.folder, { recursive: true })
                .then(() => shell.openPath(recovery.folder))
                .then((error) => error && log(`recovery folder not shown: ${error}`)),
          },
        }),
      ),
    );

  const designerSession = new DesktopSession({
    dialogs: boundDialogs(win),
    window: {
      sendOpenFile: (file) => win.webContents.send(eventChannels.openFile, file),
      sendCommand: (command) => win.webContents.send(eventChannels.command, command),
      setTitle: (title) => win.setTitle(title),
      // The dot in the close button is macOS-only; elsewhere the title's asterisk says it.
      setDocumentEdited: (edited) => {
        if (process.platform === 'darwin') win.setDocumentEdited(edited);
      },
    },
    tokens: new FileTokens(),
    recent,
    recovery,
    autosave,
    locale,
    platform: process.platform,
    defaultFolder: app.getPath('documents'),
    onRecentChanged: (file) => {
      if (file) app.addRecentDocument(file);
      refreshMenu();
    },
    log,
  });
  designer = { window: win, session: designerSession };
  const exports = createExports({
    dialogs: boundDialogs(win),
    locale,
    platform: process.platform,
    folder: () => app.getPath('documents'),
    printToPdf: (html) => printHtmlToPdf(BrowserWindow as unknown as PrintWindowClass, html),
  });

  registerDesignerIpc(
    ipcMain,
    {
      openDesign: () => designerSession.openDesign(),
      saveDesign: (r) => designerSession.saveDesign(r),
      saveDesignAs: (r) => designerSession.saveDesignAs(r),
      importTopologyXml: () => designerSession.importTopologyXml(),
      exportTopologyXml: (r) => designerSession.exportTopologyXml(r),
      exportRunbook: (r) => designerSession.exportRunbook(r),
      exportFile: (r) => exports.exportFile(r),
      printReportToPdf: (r) => exports.printReportToPdf(r),
      setDocumentState: (state) => designerSession.setDocumentState(state),
      recoveryDraft: (text, fileId) => designerSession.recoveryDraft(text, fileId),
      nativeEdit: (command) => runNativeEdit(win.webContents, command),
      setThemeSource: (source) => {
        nativeTheme.themeSource = source;
      },
    },
    {
      trusted: { webContentsId: () => (win.isDestroyed() ? null : win.webContents.id) },
      onRefused: (error) => log(error.message),
    },
  );
  refreshMenu();

  win.webContents.on('render-process-gone', (_event, details) => {
    log(`the page stopped (${details.reason}); its last recovery draft is kept`);
    designerSession.markRendererGone();
  });

  let closeApproved = false;
  let asking = false;
  win.on('close', (event) => {
    if (closeApproved) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    designerSession.confirmClose().then(
      (close) => {
        asking = false;
        if (!close) return;
        closeApproved = true;
        win.close();
      },
      (err: unknown) => {
        asking = false;
        log(`close not confirmed: ${String(err)}`);
      },
    );
  });

  await win.loadURL(APP_ENTRY_URL);
  await designerSession.offerRecovery();
  const fromArgv = designPathFromArgv(process.argv, { isPackaged: app.isPackaged, cwd: process.cwd() });
  const first = fileBeforeReady ?? fromArgv;
  fileBeforeReady = null;
  if (first) await designerSession.openPath(first, 'os');
}

if (!app.requestSingleInstanceLock()) {
  // Another designer is running: it receives our argv through 'second-instance' and opens the file.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (!designer) return;
    const { window: win, session: designerSession } = designer;
    if (win.isMinimized()) win.restore();
    win.focus();
    const file = designPathFromArgv(argv, { isPackaged: app.isPackaged, cwd: workingDirectory });
    if (file) void designerSession.openPath(file, 'os');
  });
  // macOS: double-click in Finder, or a file dropped on the Dock icon.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (designer) void designer.session.openPath(file, 'os');
    else fileBeforeReady = file;
  });
  app.on('web-contents-created', (_event, contents) =>
    hardenContents(contents, (what) => log(`blocked ${what}`)),
  );
  // One document window: closing it ends the program, on macOS too.
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      log(`could not start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      app.exit(1);
    });
}
