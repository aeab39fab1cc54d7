/**
 * Export picture, Export report and Print report: what a planner takes to the change board. The
 * picture is the diagram maker's SVG of what the canvas shows (with the what-if marks in what-if
 * mode), as itself or as a PNG at 1x, 2x or 3x; the report is shared/report's one HTML file with
 * that picture inside. Files go through the platform's exportFile (a download in the web edition,
 * a save dialog on the desktop); printing is the desktop shell's PDF or, in a browser, the print
 * dialog on a hidden frame.
 */
import { designReport } from '../../shared/report/index.ts';
import type { DesignerPlatform, ExportFileRequest } from '../../shared/platform/contract.ts';
import { companionFileName } from '../model/documents.ts';
import type { MakeDiagram } from '../model/picture-source.ts';
import { pictureOptions } from '../model/picture-source.ts';
import type { EditorStore } from '../state/editor-store.ts';

export type PictureFormat = 'svg' | 'png';
export const pictureScales = [1, 2, 3] as const;
export type PictureScale = (typeof pictureScales)[number];

export interface PictureCommands {
  exportPicture(format: PictureFormat, scale?: PictureScale): Promise<void>;
  exportReport(): Promise<void>;
  printReport(): Promise<void>;
}

export interface PictureDeps {
  store: EditorStore;
  platform: DesignerPlatform;
  makeDiagram: MakeDiagram;
  /** SVG to PNG bytes at a scale (renderer/platform/rasterise.ts in the page). */
  rasterise(svg: string, scale: number): Promise<Uint8Array>;
  /** The web edition's printing of an HTML document (renderer/platform/print-frame.ts). */
  printInPage(html: string): Promise<void>;
  now?: () => Date;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function createPictureCommands(deps: PictureDeps): PictureCommands {
  const { store, platform } = deps;
  const notice = (
    tone: 'info' | 'error',
    key: string,
    extra: { detail?: string; params?: Record<string, string> } = {},
  ) => store.getState().showNotice({ tone, key, ...extra });

  const guard = async (failedKey: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (err) {
      notice('error', failedKey, { detail: message(err) });
    }
  };

  const save = async (request: ExportFileRequest, doneKey: string) => {
    if (!platform.exportFile) return notice('error', 'pictures.unavailable');
    const saved = await platform.exportFile(request);
    if (saved) notice('info', doneKey, { params: { name: saved.name } });
  };

  const diagram = () => {
    const state = store.getState();
    return deps.makeDiagram(state.doc, pictureOptions(state));
  };

  // The findings the canvas already holds (memoized per design) go to the diagram and the report
  // alike, so exporting a report does not run the rules again.
  const report = () => {
    const state = store.getState();
    const options = pictureOptions(state);
    const findings = options.findings === 'compute' ? undefined : options.findings;
    return designReport(state.doc, {
      locale: state.locale,
      date: (deps.now ?? (() => new Date()))(),
      diagramSvg: deps.makeDiagram(state.doc, options),
      findings,
    });
  };

  const fileName = (suffix: string) => {
    const { doc, file } = store.getState();
    return companionFileName(file.name, doc, suffix);
  };

  return {
    exportPicture: (format, scale = 1) =>
      guard('pictures.pictureFailed', async () => {
        const svg = diagram();
        if (format === 'svg')
          return save({ kind: 'svg', suggestedName: fileName('.svg'), data: svg }, 'pictures.exported');
        const data = await deps.rasterise(svg, scale);
        const suffix = scale === 1 ? '.png' : `@${scale}x.png`;
        await save({ kind: 'png', suggestedName: fileName(suffix), data }, 'pictures.exported');
      }),
    exportReport: () =>
      guard('pictures.reportFailed', () =>
        save({ kind: 'html', suggestedName: fileName('.html'), data: report() }, 'pictures.reportExported'),
      ),
    printReport: () =>
      guard('pictures.printFailed', async () => {
        const html = report();
        if (platform.printReportToPdf) {
          const saved = await platform.printReportToPdf({ html, suggestedName: fileName('.pdf') });
          if (saved) notice('info', 'pictures.printed', { params: { name: saved.name } });
          return;
        }
        await deps.printInPage(html);
      }),
  };
}
