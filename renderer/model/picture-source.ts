/**
 * What the picture of the canvas is made from: the design, the planner's language, the findings the
 * canvas shows, and in what-if mode the marks of the loss being played out. The SVG itself is
 * drawn by the diagram maker passed in (shared/diagram/svg.ts in the program), so the export
 * commands can be tested with any maker and the drawing stays in one place.
 */
import type { DiagramOptions, DiagramWhatIf } from '../../shared/diagram/svg.ts';
import type { DesignDocument } from '../../shared/model/types.ts';
import type { EditorState } from '../state/editor-store.ts';
import { findingsFor } from '../state/findings.ts';
import { selectWhatIf } from '../state/selectors.ts';

/** Draws a design as a self-contained SVG string whose `width` and `height` are in px. */
export type MakeDiagram = (doc: DesignDocument, options?: DiagramOptions) => string;

/** The marks the canvas shows in what-if mode, for the picture; null outside it. */
export function pictureWhatIf(state: EditorState): DiagramWhatIf | null {
  const view = selectWhatIf(state);
  if (!view) return null;
  const ofMark = (mark: string) => [...view.marks].filter(([, m]) => m === mark).map(([id]) => id);
  return {
    failedIds: ofMark('failed'),
    linkDown: state.whatIf.failures.link,
    principalId: ofMark('principal')[0] ?? null,
    activatedIds: ofMark('activated'),
  };
}

/** The picture of what the planner sees: the same findings, language and what-if marks. */
export function pictureOptions(state: EditorState): DiagramOptions {
  return {
    locale: state.locale,
    whatIf: pictureWhatIf(state),
    findings: findingsFor(state.doc.design, state.locale).findings,
    legend: true,
  };
}

export class PictureSizeError extends Error {}

/**
 * The picture's size from its root element's `width` and `height` (px), which a PNG is scaled from.
 * A maker that leaves them out is a bug worth a clear message, not a blank file.
 */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
  const number = (name: string) => {
    const m = new RegExp(`\\s${name}\\s*=\\s*["']\\s*([0-9.]+)\\s*(px)?\\s*["']`, 'i').exec(root);
    return m ? Number(m[1]) : NaN;
  };
  const width = number('width');
  const height = number('height');
  if (!(width > 0) || !(height > 0)) throw new PictureSizeError('The picture has no width and height.');
  return { width, height };
}
