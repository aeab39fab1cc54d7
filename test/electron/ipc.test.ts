import { describe, expect, it, vi } from 'vitest';
import { invokeChannels, sendChannels } from '../../electron/ipc/channels.ts';
import { isTrustedSender, type SenderEvent } from '../../electron/ipc/guard.ts';
import { registerDesignerIpc, type DesignerHandlers } from '../../electron/ipc/register.ts';
import { serializeDesign } from '../../shared/model/load.ts';
import { loadExample } from '../support/designs.ts';

const WINDOW_ID = 7;
const trusted = { webContentsId: () => WINDOW_ID };

function event(
  overrides: Partial<{ id: number; url: string; parent: unknown; frame: null }> = {},
): SenderEvent {
  return {
    sender: { id: overrides.id ?? WINDOW_ID },
    senderFrame:
      'frame' in overrides
        ? null
        : {
            url: overrides.url ?? 'app://pctopo/index.html',
            parent: 'parent' in overrides ? overrides.parent : null,
          },
  };
}

function setup() {
  const invoke = new Map<string, (e: SenderEvent, ...args: unknown[]) => Promise<unknown>>();
  const on = new Map<string, (e: SenderEvent, ...args: unknown[]) => void>();
  const ok = <T>(value: T) => ({ ok: true as const, value });
  const handlers: { [K in keyof DesignerHandlers]: ReturnType<typeof vi.fn> } = {
    openDesign: vi.fn(async () => ok(null)),
    saveDesign: vi.fn(async () => ok(null)),
    saveDesignAs: vi.fn(async () => ok(null)),
    importTopologyXml: vi.fn(async () => ok(null)),
    exportTopologyXml: vi.fn(async () => ok(null)),
    exportRunbook: vi.fn(async () => ok(null)),
    exportFile: vi.fn(async () => ok(null)),
    printReportToPdf: vi.fn(async () => ok(null)),
    setDocumentState: vi.fn(),
    recoveryDraft: vi.fn(),
    nativeEdit: vi.fn(),
    setThemeSource: vi.fn(),
  };
  const refused: string[] = [];
  registerDesignerIpc(
    { handle: (c, h) => invoke.set(c, h), on: (c, l) => on.set(c, l) },
    handlers as unknown as DesignerHandlers,
    { trusted, onRefused: (e) => refused.push(e.message) },
  );
  return { invoke, on, handlers, refused };
}

const designText = () => serializeDesign(loadExample('low-bandwidth'));
const FILE_ID = 'a'.repeat(32);

describe('the IPC gate: who may call', () => {
  it('accepts the main frame of the designer window showing app://pctopo', () => {
    expect(isTrustedSender(event(), trusted)).toBe(true);
  });

  it.each([
    ['another window', event({ id: 8 })],
    ['an iframe inside the designer', event({ parent: {} })],
    ['a page from elsewhere', event({ url: 'https://evil.example/app' })],
    ['a file:// page', event({ url: 'file:///C:/Users/p/Downloads/page.html' })],
    ['a look-alike host', event({ url: 'app://pctopo.evil/index.html' })],
    ['a frame that is gone', event({ frame: null })],
  ])('refuses %s', (_what, e) => {
    expect(isTrustedSender(e, trusted)).toBe(false);
  });

  it('refuses everyone while the designer window does not exist', () => {
    expect(isTrustedSender(event(), { webContentsId: () => null })).toBe(false);
  });

  it('refuses every invoke channel from a foreign sender before its handler runs', async () => {
    const { invoke, handlers, refused } = setup();
    const save = { text: designText(), suggestedName: 'a.pctopo', fileId: null };
    const args: Record<string, unknown[]> = {
      [invokeChannels.saveDesign]: [save],
      [invokeChannels.saveDesignAs]: [save],
      [invokeChannels.exportTopologyXml]: [save],
      [invokeChannels.exportRunbook]: [{ text: designText(), suggestedName: 'x' }],
    };
    for (const channel of Object.values(invokeChannels)) {
      await expect(invoke.get(channel)!(event({ id: 99 }), ...(args[channel] ?? []))).rejects.toThrow(
        /sender is not the designer window/,
      );
    }
    for (const h of Object.values(handlers)) expect(h).not.toHaveBeenCalled();
    expect(refused).toHaveLength(Object.values(invokeChannels).length);
  });

  it('drops fire-and-forget messages from a foreign sender', () => {
    const { on, handlers } = setup();
    on.get(sendChannels.setDocumentState)!(event({ url: 'https://evil.example' }), {
      name: 'x',
      title: 'x',
      modified: true,
    });
    on.get(sendChannels.nativeEdit)!(event({ parent: {} }), 'paste');
    expect(handlers.setDocumentState).not.toHaveBeenCalled();
    expect(handlers.nativeEdit).not.toHaveBeenCalled();
  });
});

describe('the IPC gate: what may be sent', () => {
  it('passes a valid save request through unchanged', async () => {
    const { invoke, handlers } = setup();
    const request = { text: designText(), suggestedName: 'Contoso.pctopo', fileId: FILE_ID };
    await invoke.get(invokeChannels.saveDesign)!(event(), request);
    expect(handlers.saveDesign).toHaveBeenCalledWith(request);
  });

  it.each([
    [
      'a path instead of a file token',
      { text: 'x', suggestedName: 'a.pctopo', fileId: 'C:\\Windows\\win.ini' },
    ],
    ['an extra field', { text: 'x', suggestedName: 'a.pctopo', fileId: null, path: '/etc/passwd' }],
    ['no text', { suggestedName: 'a.pctopo', fileId: null }],
    ['text that is not a string', { text: { a: 1 }, suggestedName: 'a.pctopo', fileId: null }],
    ['an empty name', { text: 'x', suggestedName: '', fileId: null }],
    [
      'text larger than a design may be',
      { text: 'x'.repeat(64 * 1024 * 1024 + 1), suggestedName: 'a', fileId: null },
    ],
  ])('refuses a save request with %s', async (_what, request) => {
    const { invoke, handlers } = setup();
    await expect(invoke.get(invokeChannels.saveDesign)!(event(), request)).rejects.toThrow(
      /Refused pchat:save-design/,
    );
    expect(handlers.saveDesign).not.toHaveBeenCalled();
  });

  it('refuses extra arguments on channels that take none', async () => {
    const { invoke, handlers } = setup();
    await expect(invoke.get(invokeChannels.openDesign)!(event(), '/etc/passwd')).rejects.toThrow(/Refused/);
    expect(handlers.openDesign).not.toHaveBeenCalled();
  });

  it.each([
    [
      'files instead of a design',
      { files: [{ name: '../../startup/evil.ps1', text: 'x' }], suggestedName: 'R' },
    ],
    ['a target folder', { text: designText(), suggestedName: 'R', folder: 'C:\\Windows' }],
    ['no name', { text: designText() }],
  ])('refuses a runbook request with %s', async (_what, request) => {
    const { invoke, handlers } = setup();
    await expect(invoke.get(invokeChannels.exportRunbook)!(event(), request)).rejects.toThrow(/Refused/);
    expect(handlers.exportRunbook).not.toHaveBeenCalled();
  });

  it('passes a runbook request (the design and its name) through', async () => {
    const { invoke, handlers } = setup();
    const request = { text: designText(), suggestedName: 'Contoso' };
    await invoke.get(invokeChannels.exportRunbook)!(event(), request);
    expect(handlers.exportRunbook).toHaveBeenCalledWith(request);
  });

  it('accepts only the known text edits for a focused field', () => {
    const { on, handlers } = setup();
    on.get(sendChannels.nativeEdit)!(event(), 'paste');
    on.get(sendChannels.nativeEdit)!(event(), 'executeJavaScript');
    expect(handlers.nativeEdit.mock.calls).toEqual([['paste']]);
  });

  it('takes only system, light or dark as the theme, from the designer window only', () => {
    const { on, handlers } = setup();
    on.get(sendChannels.setThemeSource)!(event(), 'dark');
    on.get(sendChannels.setThemeSource)!(event(), 'purple');
    on.get(sendChannels.setThemeSource)!(event(), 'light', 'extra');
    on.get(sendChannels.setThemeSource)!(event({ url: 'https://evil.example' }), 'light');
    expect(handlers.setThemeSource.mock.calls).toEqual([['dark']]);
  });

  it('passes document state and recovery drafts through their schemas', () => {
    const { on, handlers } = setup();
    on.get(sendChannels.setDocumentState)!(event(), { name: 'Contoso.pctopo', title: 't', modified: true });
    on.get(sendChannels.setDocumentState)!(event(), { name: 'Contoso.pctopo', title: 't', modified: 'yes' });
    on.get(sendChannels.recoveryDraft)!(event(), { text: 'draft', fileId: FILE_ID });
    expect(handlers.setDocumentState.mock.calls).toEqual([
      [{ name: 'Contoso.pctopo', title: 't', modified: true }],
    ]);
    expect(handlers.recoveryDraft.mock.calls).toEqual([['draft', FILE_ID]]);
  });
});

describe('the IPC gate: pictures, the report and Print to PDF (issue 13)', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const html = '<!DOCTYPE html><html><body><h1>Report</h1></body></html>';

  it('passes a PNG as bytes, and an SVG or a report as text', async () => {
    const { invoke, handlers } = setup();
    const requests = [
      { kind: 'png', suggestedName: 'Contoso@2x.png', data: png },
      { kind: 'svg', suggestedName: 'Contoso.svg', data: '<svg/>' },
      { kind: 'html', suggestedName: 'Contoso.html', data: html },
    ];
    for (const r of requests) await invoke.get(invokeChannels.exportFile)!(event(), r);
    expect(handlers.exportFile.mock.calls).toEqual(requests.map((r) => [r]));
    expect(handlers.exportFile.mock.calls[0]![0].data).toBeInstanceOf(Uint8Array);
  });

  it.each([
    ['a PNG as text', { kind: 'png', suggestedName: 'a.png', data: 'iVBORw0KGgo=' }],
    ['a report as bytes', { kind: 'html', suggestedName: 'a.html', data: png }],
    ['a kind it does not know', { kind: 'exe', suggestedName: 'a.exe', data: 'MZ' }],
    ['a folder to write into', { kind: 'svg', suggestedName: 'a.svg', data: '<svg/>', folder: '/etc' }],
    [
      'bytes larger than an export may be',
      { kind: 'png', suggestedName: 'a.png', data: new Uint8Array(64 * 1024 * 1024 + 1) },
    ],
  ])('refuses an export with %s', async (_what, request) => {
    const { invoke, handlers, refused } = setup();
    await expect(invoke.get(invokeChannels.exportFile)!(event(), request)).rejects.toThrow(
      /Refused pchat:export-file/,
    );
    expect(handlers.exportFile).not.toHaveBeenCalled();
    expect(refused).toHaveLength(1);
  });

  it('passes a print request (the report and its name) through', async () => {
    const { invoke, handlers } = setup();
    const request = { html, suggestedName: 'Contoso.pdf' };
    await invoke.get(invokeChannels.printReportToPdf)!(event(), request);
    expect(handlers.printReportToPdf).toHaveBeenCalledWith(request);
  });

  it.each([
    ['a report that is not a string', { html: { toString: (): string => html }, suggestedName: 'a.pdf' }],
    ['an empty report', { html: '', suggestedName: 'a.pdf' }],
    ['a report larger than the bound', { html: 'x'.repeat(64 * 1024 * 1024 + 1), suggestedName: 'a.pdf' }],
    ['a URL to print instead', { html, suggestedName: 'a.pdf', url: 'file:///etc/passwd' }],
    ['no name', { html }],
  ])('refuses a print request with %s', async (_what, request) => {
    const { invoke, handlers } = setup();
    await expect(invoke.get(invokeChannels.printReportToPdf)!(event(), request)).rejects.toThrow(
      /Refused pchat:print-report-pdf/,
    );
    expect(handlers.printReportToPdf).not.toHaveBeenCalled();
  });

  it.each([
    ['another window', event({ id: 8 })],
    ['an iframe of the page', event({ parent: {} })],
    ['a page from elsewhere', event({ url: 'https://evil.example/' })],
    ['a destroyed frame', event({ frame: null })],
  ])('refuses printing and exports from %s', async (_what, from) => {
    const { invoke, handlers } = setup();
    await expect(
      invoke.get(invokeChannels.printReportToPdf)!(from, { html, suggestedName: 'a.pdf' }),
    ).rejects.toThrow(/not the designer window/);
    await expect(
      invoke.get(invokeChannels.exportFile)!(from, { kind: 'png', suggestedName: 'a.png', data: png }),
    ).rejects.toThrow(/not the designer window/);
    expect(handlers.printReportToPdf).not.toHaveBeenCalled();
    expect(handlers.exportFile).not.toHaveBeenCalled();
  });
});
