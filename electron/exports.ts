/**
 * Export picture, Export report and Print to PDF on the desktop: the page makes the file (an SVG,
 * a PNG's bytes, the report's HTML) and this side asks where to put it and writes it safely. The
 * PDF is printed by the printer port (print-pdf.ts), so this module runs under Node in the tests.
 */
import path from 'node:path';
import type { Locale, Text } from '../shared/i18n/text.ts';
import type {
  ExportFileRequest,
  ExportKind,
  PrintReportRequest,
  Reply,
  SavedFile,
} from '../shared/platform/contract.ts';
import { writeFileAtomic } from './files/atomic-write.ts';
import { describeProblem, writeProblem } from './files/file-problems.ts';
import type { DialogPort } from './desktop-session.ts';
import { safeFileName } from './desktop-session.ts';
import { say } from './strings.ts';

export const exportDialogText = {
  svgFilter: { en: 'SVG picture', es: 'Imagen SVG' },
  pngFilter: { en: 'PNG picture', es: 'Imagen PNG' },
  htmlFilter: { en: 'Design report (HTML)', es: 'Informe del diseño (HTML)' },
  pdfFilter: { en: 'Design report (PDF)', es: 'Informe del diseño (PDF)' },
  printFailed: {
    en: 'The report could not be printed to PDF ({detail}).',
    es: 'No se pudo imprimir el informe en PDF ({detail}).',
  },
} satisfies Record<string, Text>;

const filterText: Record<ExportKind | 'pdf', Text> = {
  svg: exportDialogText.svgFilter,
  png: exportDialogText.pngFilter,
  html: exportDialogText.htmlFilter,
  pdf: exportDialogText.pdfFilter,
};

export interface ExportDeps {
  dialogs: Pick<DialogPort, 'showSaveDialog'>;
  locale: Locale;
  platform: NodeJS.Platform;
  /** Where the dialog starts (the folder of the design, else Documents). */
  folder(): string;
  /** Renders the report's HTML and returns the PDF's bytes. */
  printToPdf(html: string): Promise<Uint8Array>;
}

export function createExports(deps: ExportDeps) {
  const t = (text: Text, params?: Record<string, string>) => say(text, deps.locale, params);

  /** A save dialog for one kind; a name typed without the extension gets it, as Linux dialogs drop it. */
  const askTarget = async (suggestedName: string, kind: ExportKind | 'pdf'): Promise<string | null> => {
    const extension = `.${kind}`;
    const stem = suggestedName.toLowerCase().endsWith(extension)
      ? suggestedName.slice(0, -extension.length)
      : suggestedName;
    const chosen = await deps.dialogs.showSaveDialog({
      defaultPath: path.join(deps.folder(), safeFileName(stem, extension)),
      filters: [{ name: t(filterText[kind]), extensions: [kind] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    if (chosen.canceled || !chosen.filePath) return null;
    return chosen.filePath.toLowerCase().endsWith(extension)
      ? chosen.filePath
      : `${chosen.filePath}${extension}`;
  };

  const write = async (file: string, data: string | Uint8Array): Promise<Reply<SavedFile>> => {
    try {
      await writeFileAtomic(file, data, { backup: false, platform: deps.platform });
    } catch (err) {
      return {
        ok: false,
        message: describeProblem(await writeProblem(file, err, deps.platform), deps.locale),
      };
    }
    return { ok: true, value: { name: path.basename(file), fileId: null } };
  };

  return {
    async exportFile(request: ExportFileRequest): Promise<Reply<SavedFile | null>> {
      const target = await askTarget(request.suggestedName, request.kind);
      if (!target) return { ok: true, value: null };
      return write(target, request.data);
    },

    /** Asks where first: a planner who cancels should not wait for a print nobody wants. */
    async printReportToPdf(request: PrintReportRequest): Promise<Reply<SavedFile | null>> {
      const target = await askTarget(request.suggestedName, 'pdf');
      if (!target) return { ok: true, value: null };
      let pdf: Uint8Array;
      try {
        pdf = await deps.printToPdf(request.html);
      } catch (err) {
        const detail = err instanceof Error ? err.message : String(err);
        return { ok: false, message: t(exportDialogText.printFailed, { detail }) };
      }
      return write(target, pdf);
    },
  };
}
