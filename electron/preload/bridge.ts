/**
 * The designer API the preload puts on `window.pchatDesigner`: the platform contract's
 * DesktopDesignerApi (shared/platform/contract.ts), one method per action, each a single IPC
 * call. Nothing of Electron leaks through: no ipcRenderer, no events, no paths. Failures come
 * back from the main process as messages and are thrown here as plain Errors, which the page
 * shows as a notice, leaving its design as it was.
 */
// Types only: a value import would bundle zod into the sandboxed preload.
import type {
  DesktopDesignerApi,
  OpenedFile,
  Reply,
  SaveRequest,
  SavedFile,
} from '../../shared/platform/contract.ts';
import { eventChannels, invokeChannels, sendChannels, textEditCommands } from '../ipc/channels.ts';

/** The parts of ipcRenderer the bridge uses. */
export interface IpcPort {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

function unwrap<T>(reply: unknown): T {
  const r = reply as Reply<T> | null;
  if (r && typeof r === 'object' && r.ok === true) return r.value;
  const message =
    r && typeof r === 'object' && r.ok === false ? r.message : 'The desktop shell gave no answer.';
  throw new Error(message);
}

const TEXT_EDIT_COMMANDS = new Set<string>(textEditCommands);
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color']);

/** Same test as the renderer's keyboard handling: keys and edits in a text field belong to the field. */
export function isTextField(el: unknown): boolean {
  const node = el as {
    tagName?: unknown;
    isContentEditable?: boolean;
    type?: string;
    readOnly?: boolean;
  } | null;
  if (!node || typeof node.tagName !== 'string') return false;
  const tag = node.tagName.toLowerCase();
  if (tag === 'textarea' || node.isContentEditable) return true;
  return tag === 'input' && !NON_TEXT_INPUTS.has(node.type ?? 'text');
}

function isOpenedFile(value: unknown): value is OpenedFile {
  const f = value as OpenedFile | null;
  return (
    !!f &&
    typeof f === 'object' &&
    typeof f.name === 'string' &&
    typeof f.text === 'string' &&
    (f.fileId === null || typeof f.fileId === 'string')
  );
}

export function createDesignerBridge(ipc: IpcPort, focusedElement: () => unknown): DesktopDesignerApi {
  const openListeners = new Set<(file: OpenedFile) => void>();
  const commandListeners = new Set<(command: string) => void>();
  // A file named on the command line arrives before the page has subscribed; it waits here.
  const waitingFiles: OpenedFile[] = [];

  ipc.on(eventChannels.openFile, (_event, file) => {
    if (!isOpenedFile(file)) return;
    if (openListeners.size === 0) waitingFiles.push(file);
    for (const listener of openListeners) listener(file);
  });
  ipc.on(eventChannels.command, (_event, command) => {
    if (typeof command !== 'string') return;
    if (TEXT_EDIT_COMMANDS.has(command) && isTextField(focusedElement())) {
      ipc.send(sendChannels.nativeEdit, command);
      return;
    }
    for (const listener of commandListeners) listener(command);
  });

  const call = async <T>(channel: string, ...args: unknown[]): Promise<T> =>
    unwrap<T>(await ipc.invoke(channel, ...args));
  const saveArgs = (r: SaveRequest): SaveRequest => ({
    text: r.text,
    suggestedName: r.suggestedName,
    fileId: r.fileId,
  });

  return {
    openDesign: () => call<OpenedFile | null>(invokeChannels.openDesign),
    saveDesign: (request) => call<SavedFile | null>(invokeChannels.saveDesign, saveArgs(request)),
    saveDesignAs: (request) => call<SavedFile | null>(invokeChannels.saveDesignAs, saveArgs(request)),
    importTopologyXml: () => call<OpenedFile | null>(invokeChannels.importTopologyXml),
    exportTopologyXml: (request) =>
      call<SavedFile | null>(invokeChannels.exportTopologyXml, saveArgs(request)),
    exportRunbook: (request) =>
      call<SavedFile | null>(invokeChannels.exportRunbook, {
        text: request.text,
        suggestedName: request.suggestedName,
      }),
    // Only the fields the gate accepts: a stray property would have the whole message refused.
    exportFile: (request) =>
      call<SavedFile | null>(invokeChannels.exportFile, {
        kind: request.kind,
        suggestedName: request.suggestedName,
        data: request.data,
      }),
    printReportToPdf: (request) =>
      call<SavedFile | null>(invokeChannels.printReportToPdf, {
        html: request.html,
        suggestedName: request.suggestedName,
      }),
    onOpenFile(listener) {
      openListeners.add(listener);
      for (const file of waitingFiles.splice(0)) listener(file);
      return () => {
        openListeners.delete(listener);
      };
    },
    onCommand(listener) {
      commandListeners.add(listener);
      return () => {
        commandListeners.delete(listener);
      };
    },
    setDocumentState(state) {
      ipc.send(sendChannels.setDocumentState, {
        name: state.name,
        title: state.title,
        modified: state.modified,
      });
    },
    saveRecoveryDraft(draft) {
      ipc.send(sendChannels.recoveryDraft, { text: draft.text, fileId: draft.fileId });
    },
    setThemeSource(source) {
      ipc.send(sendChannels.setThemeSource, source);
    },
  };
}
