import { describe, expect, it, vi } from 'vitest';
import { eventChannels, invokeChannels, sendChannels } from '../../electron/ipc/channels.ts';
import { createDesignerBridge, isTextField, type IpcPort } from '../../electron/preload/bridge.ts';
import { desktopApiMethods, platformMethods } from './support/designer-api.ts';

function fakeIpc(replies: Record<string, unknown> = {}) {
  const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  const invoked: unknown[][] = [];
  const sent: unknown[][] = [];
  const ipc: IpcPort = {
    invoke: async (channel, ...args) => {
      invoked.push([channel, ...args]);
      return replies[channel];
    },
    send: (channel, ...args) => sent.push([channel, ...args]),
    on: (channel, listener) => listeners.set(channel, listener),
  };
  const emit = (channel: string, ...args: unknown[]) => listeners.get(channel)!({ sender: 'ipc' }, ...args);
  return { ipc, invoked, sent, emit };
}

const field = { tagName: 'INPUT', type: 'text' };
const canvas = { tagName: 'DIV', isContentEditable: false };

describe('the preload API (window.pchatDesigner)', () => {
  it('implements every method of the renderer file API, one IPC call each', () => {
    const bridge = createDesignerBridge(fakeIpc().ipc, () => null);
    for (const m of platformMethods) expect(typeof bridge[m]).toBe('function');
    expect(Object.keys(bridge).sort()).toEqual(desktopApiMethods);
  });

  it('returns what the main process answers', async () => {
    const opened = { name: 'a.pctopo', text: '{}', fileId: 'f'.repeat(32) };
    const { ipc, invoked } = fakeIpc({ [invokeChannels.openDesign]: { ok: true, value: opened } });
    expect(await createDesignerBridge(ipc, () => null).openDesign()).toEqual(opened);
    expect(invoked).toEqual([[invokeChannels.openDesign]]);
  });

  it('throws the main process message as a plain Error, for the page to show', async () => {
    const { ipc } = fakeIpc({
      [invokeChannels.saveDesign]: { ok: false, message: '“a.pctopo” is read-only.' },
    });
    await expect(
      createDesignerBridge(ipc, () => null).saveDesign({
        text: '{}',
        suggestedName: 'a.pctopo',
        fileId: null,
      }),
    ).rejects.toThrow('“a.pctopo” is read-only.');
  });

  it('sends a PNG as its bytes and a report to print as its text, each on its own channel', async () => {
    const saved = { ok: true, value: { name: 'Contoso.png', fileId: null } };
    const { ipc, invoked } = fakeIpc({
      [invokeChannels.exportFile]: saved,
      [invokeChannels.printReportToPdf]: saved,
    });
    const bridge = createDesignerBridge(ipc, () => null);
    const data = new Uint8Array([137, 80, 78, 71]);
    const png = { kind: 'png' as const, suggestedName: 'Contoso.png', data, extra: 1 };
    expect(await bridge.exportFile(png)).toEqual(saved.value);
    await bridge.printReportToPdf({ html: '<html/>', suggestedName: 'Contoso.pdf' });
    expect(invoked).toEqual([
      [invokeChannels.exportFile, { kind: 'png', suggestedName: 'Contoso.png', data }],
      [invokeChannels.printReportToPdf, { html: '<html/>', suggestedName: 'Contoso.pdf' }],
    ]);
    expect((invoked[0]![1] as { data: unknown }).data).toBe(data);
  });

  it('sends only the fields of a save request, nothing the page attached', async () => {
    const { ipc, invoked } = fakeIpc({ [invokeChannels.saveDesignAs]: { ok: true, value: null } });
    const request = { text: 't', suggestedName: 'a.pctopo', fileId: null, extra: () => 1 };
    await createDesignerBridge(ipc, () => null).saveDesignAs(request);
    expect(invoked).toEqual([
      [invokeChannels.saveDesignAs, { text: 't', suggestedName: 'a.pctopo', fileId: null }],
    ]);
  });

  it('sends Export Runbook the design text and its name', async () => {
    const { ipc, invoked } = fakeIpc({ [invokeChannels.exportRunbook]: { ok: true, value: null } });
    await createDesignerBridge(ipc, () => null).exportRunbook({ text: '{}', suggestedName: 'Contoso' });
    expect(invoked).toEqual([[invokeChannels.exportRunbook, { text: '{}', suggestedName: 'Contoso' }]]);
  });

  it('keeps a file opened from the command line until the page subscribes', () => {
    const { ipc, emit } = fakeIpc();
    const bridge = createDesignerBridge(ipc, () => null);
    const file = { name: 'argv.pctopo', text: '{}', fileId: null };
    emit(eventChannels.openFile, file);
    const received: unknown[] = [];
    const stop = bridge.onOpenFile((f) => received.push(f));
    expect(received).toEqual([file]);
    emit(eventChannels.openFile, { ...file, name: 'second.pctopo' });
    stop();
    emit(eventChannels.openFile, { ...file, name: 'third.pctopo' });
    expect(received.map((f: any) => f.name)).toEqual(['argv.pctopo', 'second.pctopo']);
  });

  it('passes menu commands to the page without the IPC event', () => {
    const { ipc, emit } = fakeIpc();
    const bridge = createDesignerBridge(ipc, () => canvas);
    const listener = vi.fn();
    bridge.onCommand(listener);
    emit(eventChannels.command, 'save');
    emit(eventChannels.command, 'undo');
    expect(listener.mock.calls).toEqual([['save'], ['undo']]);
  });

  it('turns a menu Undo or Paste into a native edit while a text field has focus', () => {
    const { ipc, emit, sent } = fakeIpc();
    const bridge = createDesignerBridge(ipc, () => field);
    const listener = vi.fn();
    bridge.onCommand(listener);
    emit(eventChannels.command, 'undo');
    emit(eventChannels.command, 'paste');
    emit(eventChannels.command, 'save');
    expect(sent).toEqual([
      [sendChannels.nativeEdit, 'undo'],
      [sendChannels.nativeEdit, 'paste'],
    ]);
    expect(listener.mock.calls).toEqual([['save']]);
  });

  it('reports document state and drafts as plain data', () => {
    const { ipc, sent } = fakeIpc();
    const bridge = createDesignerBridge(ipc, () => null);
    bridge.setDocumentState({ name: 'a.pctopo', title: 'a', modified: true });
    bridge.saveRecoveryDraft({ text: '{}', fileId: null });
    expect(sent).toEqual([
      [sendChannels.setDocumentState, { name: 'a.pctopo', title: 'a', modified: true }],
      [sendChannels.recoveryDraft, { text: '{}', fileId: null }],
    ]);
  });

  it('tells text fields from other focused elements', () => {
    expect(isTextField(field)).toBe(true);
    expect(isTextField({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextField({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTextField({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextField(canvas)).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});
