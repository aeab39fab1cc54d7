/**
 * A recording stand-in for the parts of `electron` that electron/main.ts uses, so the main
 * process wiring can run under Node. Tests mock 'electron' with `fake.electron`.
 */
import { join } from 'node:path';
import { vi } from 'vitest';

function createFakeElectron() {
  type Listener = (...args: any[]) => unknown;
  const emitter = () => {
    const listeners = new Map<string, Listener[]>();
    return {
      listeners,
      on(name: string, l: Listener) {
        listeners.set(name, [...(listeners.get(name) ?? []), l]);
        return this;
      },
      once(name: string, l: Listener) {
        return this.on(name, l);
      },
      emit(name: string, ...args: unknown[]) {
        for (const l of listeners.get(name) ?? []) l(...args);
      },
    };
  };
  const calls: string[] = [];
  const state = { lock: true, ready: false, userData: '', readyResolve: (() => undefined) as () => void };
  const windows: any[] = [];
  const app = Object.assign(emitter(), {
    isPackaged: true,
    requestSingleInstanceLock: () => {
      calls.push('requestSingleInstanceLock');
      return state.lock;
    },
    enableSandbox: () => calls.push('enableSandbox'),
    quit: () => calls.push('quit'),
    exit: (code: number) => calls.push(`exit ${code}`),
    whenReady: () =>
      new Promise<void>((resolve) => {
        state.readyResolve = () => {
          state.ready = true;
          resolve();
        };
      }),
    getLocale: () => 'en-US',
    setPath: (name: string, value: string) => calls.push(`setPath ${name} ${value}`),
    getPath: (name: string) => (name === 'userData' ? state.userData : join(state.userData, name)),
    getVersion: () => '0.1.0',
    setAppUserModelId: (id: string) => calls.push(`appUserModelId ${id}`),
    addRecentDocument: () => undefined,
    clearRecentDocuments: () => undefined,
  });
  class BrowserWindow {
    options: any;
    webContents: any;
    events = emitter();
    title = '';
    destroyed = false;
    constructor(options: any) {
      this.options = options;
      const contents = emitter();
      this.webContents = Object.assign(contents, {
        id: 41,
        sent: [] as unknown[][],
        send: (channel: string, ...args: unknown[]) => this.webContents.sent.push([channel, ...args]),
        undo: vi.fn(),
        paste: vi.fn(),
        setWindowOpenHandler: vi.fn(),
        // "%PDF-": the print window's output (electron/print-pdf.ts).
        printToPDF: vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])),
      });
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    on(name: string, l: any) {
      this.events.on(name, l);
      return this;
    }
    once(name: string, l: any) {
      this.events.on(name, l);
      return this;
    }
    loadURL = vi.fn(async () => undefined);
    setTitle(t: string) {
      this.title = t;
    }
    setDocumentEdited() {}
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus = vi.fn();
    show() {}
    close = vi.fn(() => this.events.emit('close', { preventDefault: () => undefined }));
  }
  const handlers = new Map<string, Listener>();
  const onHandlers = new Map<string, Listener>();
  const dialogAnswers: number[] = [];
  const messages: any[] = [];
  return {
    calls,
    state,
    windows,
    handlers,
    onHandlers,
    dialogAnswers,
    messages,
    electron: {
      app,
      BrowserWindow,
      ipcMain: {
        handle: (c: string, h: Listener) => handlers.set(c, h),
        on: (c: string, h: Listener) => onHandlers.set(c, h),
      },
      protocol: {
        registerSchemesAsPrivileged: (schemes: unknown) => {
          calls.push(`registerSchemesAsPrivileged ready=${state.ready} ${JSON.stringify(schemes)}`);
        },
        handle: (scheme: string) => calls.push(`protocol.handle ${scheme}`),
      },
      session: {
        defaultSession: {
          on: (event: string) => calls.push(`session.on ${event}`),
          setPermissionRequestHandler: () => calls.push('setPermissionRequestHandler'),
          setPermissionCheckHandler: () => calls.push('setPermissionCheckHandler'),
          webRequest: { onHeadersReceived: () => calls.push('onHeadersReceived') },
        },
      },
      Menu: {
        buildFromTemplate: (t: unknown) => t,
        setApplicationMenu: () => calls.push('setApplicationMenu'),
      },
      dialog: {
        showMessageBox: async (_w: unknown, options: any) => {
          messages.push(options);
          return { response: dialogAnswers.shift() ?? options.cancelId };
        },
        showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
        showSaveDialog: async () => ({ canceled: true }),
      },
      shell: { openPath: async () => '' },
      nativeTheme: { themeSource: 'system' as 'system' | 'light' | 'dark' },
    },
  };
}

export const fake = createFakeElectron();
