/**
 * Export picture, Export report and Print report with the platform faked: the picture is what the
 * canvas shows (its language, its findings, in what-if mode the loss being played out), PNG bytes
 * are scaled as asked, the report holds the picture and its sections in order, and each file goes
 * through the platform's exportFile, or its PDF printing, under the design's name.
 */
import { describe, expect, test, vi } from 'vitest';
import { createDocumentCommands } from '../../renderer/actions/documents.ts';
import { createPictureCommands } from '../../renderer/actions/picture-export.ts';
import { exportPicture, exportReport, printReport } from '../../renderer/actions/registry.ts';
import type { ActionContext } from '../../renderer/actions/types.ts';
import type { DiagramOptions } from '../../shared/diagram/svg.ts';
import { svgSize } from '../../renderer/model/picture-source.ts';
import { createBrowserPlatform } from '../../renderer/platform/browser.ts';
import { createEditorStore } from '../../renderer/state/editor-store.ts';
import { findingsFor } from '../../renderer/state/findings.ts';
import type { DesignerPlatform, ExportFileRequest } from '../../shared/platform/contract.ts';
import type { DesignDocument } from '../../shared/model/types.ts';
import { designReport, reportSectionIds } from '../../shared/report/index.ts';
import { prepareForFrame } from '../../renderer/platform/print-frame.ts';
import { loadExample } from '../support/designs.ts';
import { idlePlatform } from '../support/platform.ts';

const PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"><g data-id="pool1"/></svg>';

function setup(extra: Partial<DesignerPlatform> = {}, locale: 'en' | 'es' = 'en') {
  const store = createEditorStore(loadExample('reference-high-bandwidth'), { locale });
  const exported: ExportFileRequest[] = [];
  const platform = idlePlatform({
    exportFile: async (request) => (exported.push(request), { name: request.suggestedName, fileId: null }),
    ...extra,
  });

  const drawn: Array<{ doc: DesignDocument; options: DiagramOptions | undefined }> = [];
  const makeDiagram = (doc: DesignDocument, options?: DiagramOptions) => (
    drawn.push({ doc, options }),
    PICTURE
  );
  const rasterise = vi.fn(async (_svg: string, scale: number) => new Uint8Array([0x89, 0x50, scale]));
  const printInPage = vi.fn(async (_html: string) => undefined);
  const pictures = createPictureCommands({
    store,
    platform,
    makeDiagram,
    rasterise,
    printInPage,
    now: () => new Date(Date.UTC(2026, 11, 2)),
  });
  const openExportPicture = vi.fn();
  const ctx: ActionContext = {
    store,
    documents: createDocumentCommands({
      store,
      platform,
      xml: null,
      emptyNames: () => ({ design: 'N', dataCenters: ['A', 'B'] as const, lyncSite: 'S' }),
    }),
    viewport: { fitView: () => undefined, zoomIn: () => undefined, zoomOut: () => undefined },
    toggleShortcuts: () => undefined,
    openFind: () => undefined,
    pictures,
    openExportPicture,
  };
  const name = store.getState().doc.design.name;
  return { store, exported, drawn, rasterise, printInPage, pictures, ctx, openExportPicture, name };
}

describe('Export picture', () => {
  test('the menu command asks SVG or PNG first, and saves nothing yet', async () => {
    const { ctx, openExportPicture, exported } = setup();
    await exportPicture.perform(ctx);
    expect(openExportPicture).toHaveBeenCalledOnce();
    expect(exported).toEqual([]);
  });

  test('SVG: the picture of the design as the canvas shows it, saved as <design name>.svg', async () => {
    const { store, pictures, exported, drawn, name } = setup({}, 'es');
    await pictures.exportPicture('svg');
    expect(exported).toEqual([{ kind: 'svg', suggestedName: `${name}.svg`, data: PICTURE }]);
    const { doc, locale } = store.getState();
    expect(drawn).toHaveLength(1);
    expect(drawn[0]!.doc).toBe(doc);
    expect(drawn[0]!.options).toMatchObject({ locale: 'es', whatIf: null, legend: true });
    // The same findings as the canvas's badges, not a second opinion.
    expect(drawn[0]!.options!.findings).toBe(findingsFor(doc.design, locale).findings);
    expect(store.getState().notice).toMatchObject({ tone: 'info', key: 'pictures.exported' });
  });

  test('in what-if mode with Dallas lost, the picture greys Dallas and what is in it and marks the new principal', async () => {
    const { store, pictures, drawn } = setup();
    store.getState().toggleWhatIf();
    store.getState().toggleFailure('dc1');
    await pictures.exportPicture('svg');
    const whatIf = drawn[0]!.options!.whatIf!;
    expect(whatIf.failedIds).toContain('dc1');
    // Everything placed in Dallas is lost with it, Fort Worth's elements are not.
    const { design } = store.getState().doc;
    const inDallas = design.servers.filter((s) => s.dataCenterId === 'dc1').map((s) => s.id);
    const inFortWorth = design.servers.filter((s) => s.dataCenterId === 'dc2').map((s) => s.id);
    expect(inDallas.length).toBeGreaterThan(0);
    for (const id of inDallas) expect(whatIf.failedIds).toContain(id);
    for (const id of inFortWorth) expect(whatIf.failedIds).not.toContain(id);
    // The backup store takes over (docs/testing.md's what-if case): its instance is the new principal.
    const principal = design.sqlInstances.find((i) => i.id === whatIf.principalId);
    expect(principal?.dataCenterId).toBe('dc2');
    expect(whatIf.linkDown).toBe(false);
  });

  test('PNG 2x: the SVG rasterised at twice its size, saved as <design name>@2x.png', async () => {
    const { pictures, exported, rasterise, name } = setup();
    await pictures.exportPicture('png', 2);
    expect(rasterise).toHaveBeenCalledWith(PICTURE, 2);
    expect(exported).toEqual([
      { kind: 'png', suggestedName: `${name}@2x.png`, data: new Uint8Array([0x89, 0x50, 2]) },
    ]);
  });

  test('a failure is a notice with its reason, and the design stays as it was', async () => {
    const { store, pictures } = setup({
      exportFile: async () => {
        throw new Error('The disk is full.');
      },
    });
    const doc = store.getState().doc;
    await pictures.exportPicture('svg');
    expect(store.getState().notice).toMatchObject({
      tone: 'error',
      key: 'pictures.pictureFailed',
      detail: 'The disk is full.',
    });
    expect(store.getState().doc).toBe(doc);
  });

  test('a platform that cannot save an export says so', async () => {
    const { store, pictures } = setup({ exportFile: undefined });
    await pictures.exportPicture('svg');
    expect(store.getState().notice).toMatchObject({ tone: 'error', key: 'pictures.unavailable' });
  });

  test('the size of a picture is read from its width and height in px', () => {
    expect(svgSize(PICTURE)).toEqual({ width: 640, height: 480 });
    expect(svgSize('<svg height="20.5px" width="10px"/>')).toEqual({ width: 10, height: 20.5 });
    expect(() => svgSize('<svg viewBox="0 0 10 10"/>')).toThrow(/width and height/);
  });
});

describe('Export report and Print report', () => {
  test('Export report saves <design name>.html: the report with the picture in it, its sections in order', async () => {
    const { ctx, exported, name, store } = setup();
    await exportReport.perform(ctx);
    expect(exported).toHaveLength(1);
    const [file] = exported;
    expect(file).toMatchObject({ kind: 'html', suggestedName: `${name}.html` });
    const html = file!.data as string;
    expect(html).toContain(PICTURE);
    const at = reportSectionIds.map((id) => html.indexOf(`<section id="${id}"`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(html).toContain('2026-12-02');
    expect(store.getState().notice).toMatchObject({ tone: 'info', key: 'pictures.reportExported' });
  });

  test('the desktop prints the report to PDF itself, named <design name>.pdf', async () => {
    const printReportToPdf = vi.fn(async () => ({ name: 'Contoso.pdf', fileId: null }));
    const { ctx, printInPage, name, store } = setup({ printReportToPdf });
    await printReport.perform(ctx);
    expect(printReportToPdf).toHaveBeenCalledOnce();
    const request = (
      printReportToPdf.mock.calls[0] as unknown as [{ html: string; suggestedName: string }]
    )[0];
    expect(request.suggestedName).toBe(`${name}.pdf`);
    expect(request.html).toContain('<section id="failures"');
    expect(printInPage).not.toHaveBeenCalled();
    expect(store.getState().notice).toMatchObject({ tone: 'info', key: 'pictures.printed' });
  });

  test('the web edition prints the same report in the page', async () => {
    const { ctx, printInPage, exported } = setup();
    await printReport.perform(ctx);
    expect(printInPage).toHaveBeenCalledOnce();
    expect(printInPage.mock.calls[0]![0]).toContain(PICTURE);
    expect(exported).toEqual([]);
  });
});

describe('the web edition saving an export', () => {
  test('downloads a PNG as its bytes and a report as text, each with its type', async () => {
    const downloads: { data: string | Uint8Array; name: string; mime: string }[] = [];
    const browser = createBrowserPlatform({
      fileSystemAccess: null,
      download: (data, name, mime) => void downloads.push({ data, name, mime }),
    });
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    expect(await browser.exportFile!({ kind: 'png', suggestedName: 'C@2x.png', data: bytes })).toEqual({
      name: 'C@2x.png',
      fileId: null,
    });
    await browser.exportFile!({ kind: 'html', suggestedName: 'C.html', data: '<html/>' });
    await browser.exportFile!({ kind: 'svg', suggestedName: 'C.svg', data: '<svg/>' });
    expect(downloads).toEqual([
      { data: bytes, name: 'C@2x.png', mime: 'image/png' },
      { data: '<html/>', name: 'C.html', mime: 'text/html' },
      { data: '<svg/>', name: 'C.svg', mime: 'image/svg+xml' },
    ]);
  });
});

describe('the report prepared for the web edition’s print frame', () => {
  test('its style sheets and style attributes are taken out, to be given back through the CSSOM', () => {
    const html =
      '<!DOCTYPE html><html><head><style>body { color: red }</style></head>' +
      '<body><p style="color: &quot;blue&quot;">a</p><svg><rect style=\'fill: #fff\'/><style>rect{}</style></svg>' +
      '<p data-style="kept">b</p></body></html>';
    const prepared = prepareForFrame(html);
    expect(prepared.sheets).toEqual(['body { color: red }', 'rect{}']);
    expect(prepared.inline).toEqual(['color: "blue"', 'fill: #fff']);
    expect(prepared.html).not.toMatch(/<style|\sstyle=/);
    expect(prepared.html).toContain('<p data-print-style="0">a</p>');
    expect(prepared.html).toContain('<rect data-print-style="1"/>');
    expect(prepared.html).toContain('<p data-style="kept">b</p>');
  });

  test('the real report loses nothing but its styles', () => {
    const { ctx } = setup();
    const html = designReport(ctx.store.getState().doc, {
      locale: 'en',
      date: '2026-12-02',
      diagramSvg: null,
    });
    const prepared = prepareForFrame(html);
    expect(prepared.sheets).toHaveLength(1);
    expect(prepared.html.length + prepared.sheets[0]!.length).toBeLessThan(html.length);
    for (const id of reportSectionIds) expect(prepared.html).toContain(`<section id="${id}"`);
  });
});
