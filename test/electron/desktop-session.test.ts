import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DesktopSession, safeFileName, type DialogPort } from '../../electron/desktop-session.ts';
import { FileTokens } from '../../electron/files/file-tokens.ts';
import { RecentFiles } from '../../electron/recent.ts';
import { RecoveryStore, recoveryFolder } from '../../electron/recovery.ts';
import { serializeDesign } from '../../shared/model/load.ts';
import { openedFileSchema, type OpenedFile } from '../../shared/platform/contract.ts';
import { loadExample, runbookFileNames } from '../support/designs.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pctopo-session-'));
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

const reference = () => serializeDesign(loadExample('reference-high-bandwidth'));
const lowBandwidth = () => serializeDesign(loadExample('low-bandwidth'));

/** Dialog answers are queued per test; every dialog shown is recorded. */
function fakeDialogs() {
  const shown: { kind: string; options: any }[] = [];
  const answers = { open: [] as (string | null)[], save: [] as (string | null)[], message: [] as number[] };
  const dialogs: DialogPort = {
    showOpenDialog: async (options) => {
      shown.push({ kind: 'open', options });
      const file = answers.open.shift() ?? null;
      return { canceled: file === null, filePaths: file ? [file] : [] };
    },
    showSaveDialog: async (options) => {
      shown.push({ kind: 'save', options });
      const file = answers.save.shift() ?? null;
      return file ? { canceled: false, filePath: file } : { canceled: true };
    },
    showMessageBox: async (options) => {
      shown.push({ kind: 'message', options });
      return { response: answers.message.shift() ?? options.cancelId };
    },
  };
  return { dialogs, shown, answers };
}

function setup(options: { platform?: NodeJS.Platform } = {}) {
  const { dialogs, shown, answers } = fakeDialogs();
  const sent: OpenedFile[] = [];
  const commands: string[] = [];
  const titles: string[] = [];
  const userData = join(dir, 'userData');
  const recent = new RecentFiles(join(userData, 'recent.json'), 'linux');
  const recovery = new RecoveryStore(recoveryFolder(userData));
  const autosave = {
    edited: vi.fn(),
    flush: vi.fn(async () => undefined),
    clean: vi.fn(async () => undefined),
  };
  const session = new DesktopSession({
    dialogs,
    window: {
      sendOpenFile: (f) => sent.push(f),
      sendCommand: (c) => commands.push(c),
      setTitle: (t) => titles.push(t),
      setDocumentEdited: () => undefined,
    },
    tokens: new FileTokens('linux'),
    recent,
    recovery,
    autosave,
    locale: 'en',
    platform: options.platform ?? 'linux',
    defaultFolder: join(dir, 'Documents'),
    saveStartTimeoutMs: 50,
  });
  return { session, shown, answers, sent, commands, titles, recent, recovery, autosave, userData };
}

function designFile(name: string, text = reference()): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('opening', () => {
  it('opens a design picked in the dialog and remembers it as recent', async () => {
    const s = setup();
    const file = designFile('Contoso.pctopo');
    s.answers.open.push(file);
    const reply = await s.session.openDesign();
    expect(reply).toEqual({
      ok: true,
      value: { name: 'Contoso.pctopo', text: reference(), fileId: expect.stringMatching(/^[0-9a-f]{32}$/) },
    });
    expect(s.recent.list).toEqual([file]);
  });

  it('returns nothing when the planner cancels', async () => {
    const s = setup();
    expect(await s.session.openDesign()).toEqual({ ok: true, value: null });
  });

  it('refuses a corrupted design with the loader message, so the open design stays', async () => {
    const s = setup();
    s.answers.open.push(designFile('Broken.pctopo', reference().slice(0, 500)));
    const reply = await s.session.openDesign();
    expect(reply.ok).toBe(false);
    if (!reply.ok)
      expect(reply.message).toMatch(
        /^“Broken\.pctopo” is damaged or is not a Persistent Chat design\. The file is not valid JSON/,
      );
    expect(s.recent.list).toEqual([]);
  });

  it('hands topology XML to the page without a file token, so Save never writes JSON over XML', async () => {
    const s = setup();
    s.answers.open.push(designFile('topology.xml', '<?xml version="1.0"?><Topology/>'));
    const reply = await s.session.openDesign();
    expect(reply).toEqual({
      ok: true,
      value: { name: 'topology.xml', text: '<?xml version="1.0"?><Topology/>', fileId: null },
    });
  });

  it('decodes a topology that PowerShell wrote as UTF-16, so the page gets readable XML', async () => {
    const s = setup();
    const xml =
      '<?xml version="1.0" encoding="utf-16"?>\n<Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008"/>';
    const file = join(dir, 'Get-CsTopology.xml');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]));
    s.answers.open.push(file, file);
    expect(await s.session.openDesign()).toEqual({
      ok: true,
      value: { name: 'Get-CsTopology.xml', text: xml, fileId: null },
    });
    expect(await s.session.importTopologyXml()).toEqual({
      ok: true,
      value: { name: 'Get-CsTopology.xml', text: xml, fileId: null },
    });
  });

  it('refuses to import a file that is not a topology document, saying what it is', async () => {
    const s = setup();
    const file = join(dir, 'diagram.xml');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    s.answers.open.push(file);
    const reply = await s.session.importTopologyXml();
    expect(reply.ok).toBe(false);
    if (!reply.ok)
      expect(reply.message).toMatch(
        /^“diagram\.xml” cannot be read as a topology document\. The file is a PNG image/,
      );
  });

  it('opens a file named by the OS and sends it to the page', async () => {
    const s = setup();
    const file = designFile('FromExplorer.pctopo');
    expect(await s.session.openPath(file, 'os')).toBe(true);
    expect(s.sent).toEqual([{ name: 'FromExplorer.pctopo', text: reference(), fileId: expect.any(String) }]);
  });

  it('shows a native message for a file from the OS that vanished, and sends nothing', async () => {
    const s = setup();
    expect(await s.session.openPath(join(dir, 'gone.pctopo'), 'os')).toBe(false);
    expect(s.sent).toEqual([]);
    const box = s.shown.find((d) => d.kind === 'message')!.options;
    expect(box.type).toBe('error');
    expect(box.message).toContain('“gone.pctopo” cannot be found');
    expect(box.detail).toBe('The design you have open is unchanged.');
  });

  it('drops a vanished file from Open Recent when picked there', async () => {
    const s = setup();
    const file = designFile('Old.pctopo');
    await s.recent.add(file);
    rmSync(file);
    await s.session.openPath(file, 'recent');
    expect(s.recent.list).toEqual([]);
  });
});

describe('saving', () => {
  it('saves back to the opened file through its token, keeping a backup', async () => {
    const s = setup();
    const file = designFile('Contoso.pctopo');
    s.answers.open.push(file);
    const opened = await s.session.openDesign();
    const fileId = opened.ok ? opened.value!.fileId : null;

    const reply = await s.session.saveDesign({
      text: lowBandwidth(),
      suggestedName: 'Contoso.pctopo',
      fileId,
    });
    expect(reply).toEqual({ ok: true, value: { name: 'Contoso.pctopo', fileId } });
    expect(readFileSync(file, 'utf8')).toBe(lowBandwidth());
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(reference());
    expect(s.shown.filter((d) => d.kind === 'save')).toEqual([]);
  });

  it('asks where for a design never saved, adding the extension and starting in Documents', async () => {
    const s = setup();
    mkdirSync(join(dir, 'Documents'));
    s.answers.save.push(join(dir, 'Documents', 'New site'));
    const reply = await s.session.saveDesign({
      text: reference(),
      suggestedName: 'New: site?.pctopo',
      fileId: null,
    });
    expect(reply).toEqual({ ok: true, value: { name: 'New site.pctopo', fileId: expect.any(String) } });
    expect(s.shown[0]!.options.defaultPath).toBe(join(dir, 'Documents', 'New site.pctopo'));
    expect(readFileSync(join(dir, 'Documents', 'New site.pctopo'), 'utf8')).toBe(reference());
  });

  it('treats a token it never issued as a design never saved', async () => {
    const s = setup();
    const reply = await s.session.saveDesign({
      text: reference(),
      suggestedName: 'x.pctopo',
      fileId: 'f'.repeat(32),
    });
    expect(reply).toEqual({ ok: true, value: null });
    expect(s.shown.map((d) => d.kind)).toEqual(['save']);
  });

  it('refuses to write a design that would not load back, leaving the file as it was', async () => {
    const s = setup();
    const file = designFile('Contoso.pctopo');
    s.answers.save.push(file);
    const reply = await s.session.saveDesignAs({
      text: '{"formatVersion":1}',
      suggestedName: 'Contoso.pctopo',
      fileId: null,
    });
    expect(reply.ok).toBe(false);
    if (!reply.ok)
      expect(reply.message).toMatch(/nothing was written \(The design is not valid: at design: missing/);
    expect(readFileSync(file, 'utf8')).toBe(reference());
  });

  it('reports a read-only file and keeps it unchanged', async () => {
    const s = setup();
    const file = designFile('Protected.pctopo');
    s.answers.open.push(file);
    const opened = await s.session.openDesign();
    chmodSync(file, 0o444);
    try {
      const reply = await s.session.saveDesign({
        text: lowBandwidth(),
        suggestedName: 'Protected.pctopo',
        fileId: opened.ok ? opened.value!.fileId : null,
      });
      expect(reply).toEqual({
        ok: false,
        message:
          '“Protected.pctopo” is read-only, so it was not replaced. Use Save As to save a copy elsewhere.',
      });
      expect(readFileSync(file, 'utf8')).toBe(reference());
    } finally {
      chmodSync(file, 0o644);
    }
  });

  it('speaks Spanish to a Spanish-speaking planner', async () => {
    const s = setup();
    const session = new DesktopSession({ ...(s.session as any).deps, locale: 'es' });
    const reply = await session.openPath(join(dir, 'perdido.pctopo'), 'os');
    expect(reply).toBe(false);
    expect(s.shown.at(-1)!.options.message).toContain('No se encuentra «perdido.pctopo»');
    expect(s.shown.at(-1)!.options.title).toBe('No se pudo abrir el diseño');
  });

  it('exports Topology Builder XML where the planner says, without a backup', async () => {
    const s = setup();
    const target = join(dir, 'Contoso.xml');
    s.answers.save.push(target);
    const reply = await s.session.exportTopologyXml({
      text: '<Topology/>',
      suggestedName: 'Contoso.xml',
      fileId: null,
    });
    expect(reply).toEqual({ ok: true, value: { name: 'Contoso.xml', fileId: null } });
    expect(readdirSync(dir)).toEqual(['Contoso.xml']);
    // Topology Builder's own extension is what the dialog proposes, whatever the page suggested.
    expect(s.shown.at(-1)!.options.defaultPath).toMatch(/Contoso\.tbxml$/);
  });

  it('writes the runbooks of the design into a folder, asking before replacing files there', async () => {
    const s = setup();
    const folder = join(dir, 'runbook');
    mkdirSync(folder);
    writeFileSync(join(folder, 'failover.md'), 'old');
    s.answers.open.push(folder, folder);
    const request = { text: reference(), suggestedName: 'Contoso' };
    s.answers.message.push(1); // Cancel at "replace?"
    expect(await s.session.exportRunbook(request)).toEqual({ ok: true, value: null });
    expect(readFileSync(join(folder, 'failover.md'), 'utf8')).toBe('old');
    s.answers.message.push(0); // Replace
    expect(await s.session.exportRunbook(request)).toEqual({
      ok: true,
      value: { name: 'runbook', fileId: null },
    });
    expect(readdirSync(folder).sort()).toEqual(runbookFileNames);
    expect(readFileSync(join(folder, 'failover.md'), 'utf8')).not.toBe('old');
    // PowerShell 5.1 reads UTF-8 only with a byte-order mark.
    expect(readFileSync(join(folder, 'failover.ps1')).subarray(0, 3).toString('hex')).toBe('efbbbf');
    expect(s.shown.at(-1)!.options.message).toBe(`7 runbook files were written to ${folder}.`);
  });

  it('writes what the design supports and says what was left out and why', async () => {
    const s = setup();
    const folder = join(dir, 'broken-runbook');
    s.answers.open.push(folder);
    const broken = serializeDesign(loadExample('broken'));
    expect(await s.session.exportRunbook({ text: broken, suggestedName: 'Broken' })).toEqual({
      ok: true,
      value: { name: 'broken-runbook', fileId: null },
    });
    expect(readdirSync(folder)).not.toContain('failover.md');
    const report = s.shown.at(-1)!.options;
    expect(report.detail).toMatch(
      /^Left out, because the design does not support them yet:\n.*cannot fail over to a backup store/,
    );
  });

  it('refuses to make runbooks from text that is not a design, saying so', async () => {
    const s = setup();
    const reply = await s.session.exportRunbook({ text: '{"formatVersion":1}', suggestedName: 'x' });
    expect(reply).toEqual({ ok: true, value: null });
    expect(s.shown.map((d) => d.kind)).toEqual(['message']);
    expect(s.shown[0]!.options.message).toMatch(
      /^The design could not be read to make its runbooks \(The design is not valid/,
    );
  });
});

describe('title and unsaved work', () => {
  it('shows the file name and marks unsaved changes in the title', () => {
    const s = setup();
    s.session.setDocumentState({ name: 'Contoso.pctopo', title: '', modified: true });
    s.session.setDocumentState({ name: 'Contoso.pctopo', title: '', modified: false });
    s.session.setDocumentState({ name: null, title: '', modified: false });
    expect(s.titles).toEqual([
      '*Contoso.pctopo - Persistent Chat Topology Designer',
      'Contoso.pctopo - Persistent Chat Topology Designer',
      'Untitled - Persistent Chat Topology Designer',
    ]);
  });

  it('closes at once when nothing is unsaved, removing the draft', async () => {
    const s = setup();
    s.session.setDocumentState({ name: 'a.pctopo', title: '', modified: false });
    expect(await s.session.confirmClose()).toBe(true);
    expect(s.shown).toEqual([]);
    expect(s.autosave.clean).toHaveBeenCalled();
  });

  it('asks before closing over unsaved work; Cancel keeps the window open', async () => {
    const s = setup();
    s.session.setDocumentState({ name: 'Contoso.pctopo', title: '', modified: true });
    s.answers.message.push(2);
    expect(await s.session.confirmClose()).toBe(false);
    const box = s.shown[0]!.options;
    expect(box.message).toBe('Do you want to save the changes to “Contoso.pctopo” before closing?');
    expect(box.buttons).toEqual(['&Save', "&Don't Save", 'Cancel']);
    // The draft was brought up to date before asking, and is kept.
    expect(s.autosave.flush).toHaveBeenCalled();
    expect(s.autosave.clean).not.toHaveBeenCalled();
  });

  it("closes without saving on Don't Save and removes the draft", async () => {
    const s = setup();
    s.session.setDocumentState({ name: 'Contoso.pctopo', title: '', modified: true });
    s.answers.message.push(1);
    expect(await s.session.confirmClose()).toBe(true);
    expect(s.autosave.clean).toHaveBeenCalled();
  });

  it('on Save, has the page save and closes only once the save succeeded', async () => {
    const s = setup();
    const file = designFile('Contoso.pctopo');
    s.answers.open.push(file);
    const opened = await s.session.openDesign();
    s.session.setDocumentState({ name: 'Contoso.pctopo', title: '', modified: true });
    s.answers.message.push(0);
    const closing = s.session.confirmClose();
    await vi.waitFor(() => expect(s.commands).toEqual(['save']));
    // The page answers the command the way its Save action does.
    await s.session.saveDesign({
      text: lowBandwidth(),
      suggestedName: 'Contoso.pctopo',
      fileId: opened.ok ? opened.value!.fileId : null,
    });
    expect(await closing).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(lowBandwidth());
  });

  it('stays open when the save asked for on closing is cancelled', async () => {
    const s = setup();
    s.session.setDocumentState({ name: null, title: '', modified: true });
    s.answers.message.push(0);
    const closing = s.session.confirmClose();
    await vi.waitFor(() => expect(s.commands).toEqual(['save']));
    await s.session.saveDesign({ text: reference(), suggestedName: 'x.pctopo', fileId: null }); // dialog cancelled
    expect(await closing).toBe(false);
  });

  it('stays open when the page never starts the save it was asked for', async () => {
    const s = setup();
    s.session.setDocumentState({ name: null, title: '', modified: true });
    s.answers.message.push(0);
    expect(await s.session.confirmClose()).toBe(false);
  });

  it('closes without asking after the page crashed, keeping its draft for the next start', async () => {
    const s = setup();
    s.session.setDocumentState({ name: 'a.pctopo', title: '', modified: true });
    s.session.markRendererGone();
    expect(await s.session.confirmClose()).toBe(true);
    expect(s.autosave.clean).not.toHaveBeenCalled();
  });

  it('autosaves drafts only while there are unsaved changes, and only designs that load', () => {
    const s = setup();
    s.session.recoveryDraft(reference(), null);
    expect(s.autosave.edited).not.toHaveBeenCalled();
    s.session.setDocumentState({ name: null, title: '', modified: true });
    s.session.recoveryDraft('{"not":"a design"}', null);
    s.session.recoveryDraft(reference(), null);
    expect(s.autosave.edited).toHaveBeenCalledTimes(1);
    expect(s.autosave.edited).toHaveBeenCalledWith(loadExample('reference-high-bandwidth'), null);
  });
});

describe('recovery after a crash', () => {
  async function crashedSessionWithDraft(userData: string, designPath: string | null) {
    const edited = loadExample('reference-high-bandwidth');
    edited.design.name = 'Edited before the power cut';
    await new RecoveryStore(recoveryFolder(userData)).save(
      edited,
      designPath,
      new Date('2025-03-01T10:00:00Z'),
    );
    return edited;
  }

  it('offers the draft and, on Restore, opens it as unsaved work that asks before closing', async () => {
    const s = setup();
    const original = designFile('Contoso.pctopo');
    const edited = await crashedSessionWithDraft(s.userData, original);
    s.answers.message.push(0); // Restore
    expect(await s.session.offerRecovery()).toBe(true);
    const offer = s.shown[0]!.options;
    expect(offer.message).toMatch(
      /^The designer closed unexpectedly while “Contoso\.pctopo” had unsaved changes\. A recovery draft from .+ is available\.$/,
    );
    expect(s.sent).toEqual([
      { name: 'Contoso.pctopo', text: serializeDesign(edited), fileId: expect.any(String), recovered: true },
    ]);
    // The page marks what it opens as saved; the shell still knows better.
    s.session.setDocumentState({ name: 'Contoso.pctopo', title: '', modified: false });
    expect(s.titles.at(-1)).toBe('*Contoso.pctopo - Persistent Chat Topology Designer');
    expect(s.autosave.clean).not.toHaveBeenCalled();
    s.answers.message.push(2);
    expect(await s.session.confirmClose()).toBe(false);
    // The file on disk is untouched until the planner saves.
    expect(readFileSync(original, 'utf8')).toBe(reference());
  });

  it('sends a restored draft, and every file it opens, in the form the platform contract gives the page', async () => {
    const s = setup();
    await crashedSessionWithDraft(s.userData, designFile('Contoso.pctopo'));
    s.answers.message.push(0);
    await s.session.offerRecovery();
    s.answers.message.push(1); // Don't Save the restored draft before opening another design
    s.answers.open.push(designFile('Other.pctopo'));
    const opened = await s.session.openDesign();
    expect(opened.ok && opened.value?.name).toBe('Other.pctopo');
    // Strict schemas: a field the desktop side sends and the contract lacks fails here.
    for (const file of [...s.sent, opened.ok ? opened.value : null])
      expect(openedFileSchema.safeParse(file).error).toBeUndefined();
    expect(s.sent[0]!.recovered).toBe(true);
  });

  it('asks before opening another design over a restored draft', async () => {
    const s = setup();
    await crashedSessionWithDraft(s.userData, null);
    s.answers.message.push(0);
    await s.session.offerRecovery();
    s.answers.message.push(2); // Cancel at "save changes before opening another design?"
    expect(await s.session.openPath(designFile('Other.pctopo'), 'os')).toBe(false);
    expect(s.shown.at(-1)!.options.message).toBe(
      'Do you want to save the changes to “Edited before the power cut.pctopo” before opening another design?',
    );
    expect(s.sent).toHaveLength(1);
  });

  it('a restored draft saved by the planner stops being recovered work', async () => {
    const s = setup();
    const original = designFile('Contoso.pctopo');
    const edited = await crashedSessionWithDraft(s.userData, original);
    s.answers.message.push(0);
    await s.session.offerRecovery();
    const fileId = s.sent[0]!.fileId;
    await s.session.saveDesign({ text: serializeDesign(edited), suggestedName: 'Contoso.pctopo', fileId });
    s.session.setDocumentState({ name: 'Contoso.pctopo', title: '', modified: false });
    expect(readFileSync(original, 'utf8')).toBe(serializeDesign(edited));
    expect(s.autosave.clean).toHaveBeenCalled();
    expect(await s.session.confirmClose()).toBe(true);
  });

  it('Discard deletes the draft; Decide Later keeps it for the next start', async () => {
    const s = setup();
    await crashedSessionWithDraft(s.userData, null);
    s.answers.message.push(2);
    expect(await s.session.offerRecovery()).toBe(false);
    expect(readdirSync(recoveryFolder(s.userData))).toHaveLength(1);
    s.answers.message.push(1);
    expect(await s.session.offerRecovery()).toBe(false);
    expect(readdirSync(recoveryFolder(s.userData))).toEqual([]);
    expect(s.sent).toEqual([]);
  });
});

describe('file names from the page', () => {
  it.each([
    ['Contoso.pctopo', '.pctopo', 'Contoso.pctopo'],
    ['Site A/B: chat?.pctopo', '.pctopo', 'Site A B chat.pctopo'],
    ['v1.2 design.pctopo', '.xml', 'v1.2 design.xml'],
    ['CON.pctopo', '.pctopo', 'CON-design.pctopo'],
    ['...', '.xml', 'design.xml'],
    ['tab\tand\nnewline.pctopo', '.pctopo', 'tab and newline.pctopo'],
  ])('%s becomes %s', (name, ext, expected) => {
    expect(safeFileName(name, ext)).toBe(expected);
  });
});
