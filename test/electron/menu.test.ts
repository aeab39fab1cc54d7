import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, designerCommands, type MenuOptions } from '../../electron/menu.ts';
import { allActions } from '../../renderer/actions/registry.ts';

function template(overrides: Partial<MenuOptions> = {}) {
  const actions = {
    command: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    showAbout: vi.fn(),
    showRecoveryFolder: vi.fn(),
  };
  const menu = buildMenuTemplate({
    platform: 'win32',
    locale: 'en',
    recent: [],
    runbookExport: false,
    developerTools: false,
    actions,
    ...overrides,
  });
  return { menu, actions };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return (item?.submenu ?? []) as MenuItemConstructorOptions[];
}

function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  for (const item of items) {
    if (item.label === label) return item;
    const inner = submenu(item);
    if (inner.length > 0) {
      try {
        return find(inner, label);
      } catch {
        // keep looking
      }
    }
  }
  throw new Error(`no menu item "${label}"`);
}

const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('the menu bar', () => {
  it('has File, Edit, View and Help on Windows and Linux, with an app menu and Window menu on macOS', () => {
    expect(template().menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(template({ platform: 'darwin' }).menu.map((m) => m.label ?? m.role)).toEqual([
      'Persistent Chat Topology Designer',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
  });

  it('lists the file commands in order', () => {
    const labels = submenu(template().menu[0]).map((i) => i.label ?? i.type);
    expect(labels).toEqual([
      'New from Template',
      'Open…',
      'Open Recent',
      'separator',
      'Save',
      'Save As…',
      'separator',
      'Import Topology XML…',
      'Export Topology Builder XML…',
      'Export Runbook…',
      'separator',
      'Export Picture…',
      'Export Report…',
      'Print to PDF…',
      'separator',
      'E&xit',
    ]);
  });

  it('sends Export Picture, Export Report and Print to PDF to the page as its actions', () => {
    const { menu, actions } = template();
    const file = submenu(menu[0]);
    for (const label of ['Export Picture…', 'Export Report…', 'Print to PDF…'])
      click(file.find((i) => i.label === label)!);
    expect(actions.command.mock.calls.map((c) => c[0])).toEqual([
      'exportPicture',
      'exportReport',
      'printReport',
    ]);
  });

  it('offers the three templates, the reference one on Ctrl+N', () => {
    const { menu, actions } = template();
    const templates = submenu(find(menu, 'New from Template'));
    expect(templates.map((t) => t.label)).toEqual([
      'High-Bandwidth Stretched Pool (Reference)',
      'Low-Bandwidth Stretched Pool',
      'Empty Design',
    ]);
    expect(templates[0]!.accelerator).toBe('CmdOrCtrl+N');
    templates.forEach(click);
    expect(actions.command.mock.calls.map((c) => c[0])).toEqual([
      'newHighBandwidth',
      'newLowBandwidth',
      'newEmpty',
    ]);
  });

  it('shows the platform accelerators without registering keys the page already handles', () => {
    const { menu } = template();
    const shortcuts = Object.fromEntries(
      [
        'Open…',
        'Save',
        'Save As…',
        'Import Topology XML…',
        'Export Topology Builder XML…',
        'Undo',
        'Redo',
      ].map((l) => {
        const item = find(menu, l);
        return [l, [item.accelerator, item.registerAccelerator]];
      }),
    );
    expect(shortcuts).toEqual({
      'Open…': ['CmdOrCtrl+O', false],
      Save: ['CmdOrCtrl+S', false],
      'Save As…': ['CmdOrCtrl+Shift+S', false],
      'Import Topology XML…': ['CmdOrCtrl+I', false],
      'Export Topology Builder XML…': ['CmdOrCtrl+E', false],
      Undo: ['CmdOrCtrl+Z', false],
      Redo: ['Ctrl+Y', false],
    });
  });

  it('on macOS registers the text-editing keys (they do not work in fields otherwise) and uses Cmd+Shift+Z', () => {
    const { menu } = template({ platform: 'darwin' });
    for (const label of ['Undo', 'Cut', 'Copy', 'Paste', 'Select All']) {
      expect(find(menu, label).registerAccelerator).toBe(true);
    }
    expect(find(menu, 'Redo').accelerator).toBe('Cmd+Shift+Z');
    expect(find(menu, 'Save').registerAccelerator).toBe(false);
    // No mnemonic ampersands on macOS.
    expect(JSON.stringify(menu)).not.toMatch(/"label":"[^"]*&/);
  });

  it('sends each designer command under the name of the renderer action that performs it', () => {
    const actionNames = new Set(allActions.map((a) => a.name));
    // Every menu command is one of the page's actions; only the runbook export may still be missing there.
    const missing = designerCommands.filter((c) => !actionNames.has(c) && c !== 'exportRunbook');
    expect(missing).toEqual([]);
  });

  it('runs Save, Undo and Zoom to Fit through the page', () => {
    const { menu, actions } = template();
    click(find(menu, 'Save'));
    click(find(menu, 'Undo'));
    click(find(menu, 'Zoom to Fit'));
    expect(actions.command.mock.calls.map((c) => c[0])).toEqual(['save', 'undo', 'zoomToFit']);
  });

  it('lists recent designs with numbered mnemonics and opens the one picked', () => {
    const recent = ['C:\\Designs\\Contoso.pctopo', 'C:\\Designs\\R&D.pctopo'];
    const { menu, actions } = template({ recent });
    const items = submenu(find(menu, 'Open Recent'));
    expect(items.map((i) => i.label ?? i.type)).toEqual([
      '&1 C:\\Designs\\Contoso.pctopo',
      '&2 C:\\Designs\\R&&D.pctopo',
      'separator',
      'Clear Recent',
    ]);
    click(items[1]!);
    expect(actions.openRecent).toHaveBeenCalledWith('C:\\Designs\\R&D.pctopo');
  });

  it('says when there are no recent designs', () => {
    const items = submenu(find(template().menu, 'Open Recent'));
    expect(items[0]).toMatchObject({ label: 'No Recent Designs', enabled: false });
    expect(items.at(-1)).toMatchObject({ label: 'Clear Recent', enabled: false });
  });

  it('enables Export Runbook only once the page can produce one', () => {
    expect(find(template().menu, 'Export Runbook…').enabled).toBe(false);
    expect(find(template({ runbookExport: true }).menu, 'Export Runbook…').enabled).toBe(true);
  });

  it('quits with Exit on Windows, Quit (Ctrl+Q) on Linux and Cmd+Q in the macOS app menu', () => {
    expect(find(template().menu, 'E&xit').role).toBe('quit');
    expect(find(template({ platform: 'linux' }).menu, 'Quit')).toMatchObject({
      role: 'quit',
      accelerator: 'Ctrl+Q',
    });
    const mac = template({ platform: 'darwin' }).menu;
    expect(find(mac, 'Quit Persistent Chat Topology Designer').role).toBe('quit');
  });

  it('offers developer tools only in a development build', () => {
    expect(JSON.stringify(template().menu)).not.toContain('toggleDevTools');
    expect(JSON.stringify(template({ developerTools: true }).menu)).toContain('toggleDevTools');
  });

  it('has Help with keyboard shortcuts, the recovery drafts folder and About', () => {
    const { menu, actions } = template();
    const help = submenu(menu.at(-1));
    expect(help.map((i) => i.label ?? i.type)).toEqual([
      'Keyboard Shortcuts',
      'Show Recovery Drafts Folder',
      'separator',
      'About Persistent Chat Topology Designer',
    ]);
    click(help[1]!);
    expect(actions.showRecoveryFolder).toHaveBeenCalled();
  });

  it('is in Spanish for a Spanish-speaking planner', () => {
    const { menu } = template({ locale: 'es' });
    expect(menu.map((m) => m.label)).toEqual(['&Archivo', '&Edición', '&Ver', 'Ay&uda']);
    expect(
      submenu(menu[0])
        .map((i) => i.label)
        .filter(Boolean),
    ).toContain('Guardar como…');
  });
});
