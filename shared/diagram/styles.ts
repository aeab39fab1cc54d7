/**
 * The picture's colours and line styles: the light theme's values of renderer/theme.css and the
 * `.relation-<kind>` rules of renderer/styles.css, written out because an SVG file (and resvg)
 * has no stylesheet variables. Change them together with those files.
 */
import type { RelationKind } from '../model/relations.ts';

/** A family stack resvg and every browser can render; DejaVu Sans is on most Linux machines. */
export const FONT = 'DejaVu Sans, Arial, sans-serif';

export const colours = {
  canvas: '#f8fafc',
  panel: '#ffffff',
  border: '#d6dde6',
  text: '#0f172a',
  muted: '#5b6b7f',
  error: '#dc2626',
  warning: '#b45309',
  info: '#2563eb',
  onSeverity: '#ffffff',
  dataCenterBorder: '#9fb0c5',
  dataCenterHeader: '#e2e8f0',
  failedBg: '#f1f5f9',
  failedLine: '#94a3b8',
  markBg: '#e2e8f0',
  markText: '#334155',
  goodBg: '#dcfce7',
  goodText: '#166534',
  goodBorder: '#16a34a',
  goodRing: '#bbf7d0',
} as const;

export interface LineStyle {
  colour: string;
  width: number;
  dash: string | null;
  round?: boolean;
}

export const lineStyles: Record<RelationKind, LineStyle> = {
  nextHop: { colour: '#2563eb', width: 2, dash: null },
  member: { colour: '#94a3b8', width: 1.5, dash: '2 3' },
  store: { colour: '#334155', width: 2, dash: null },
  mirror: { colour: '#7c3aed', width: 3.5, dash: null },
  witness: { colour: '#d97706', width: 2, dash: '7 4' },
  logShipping: { colour: '#059669', width: 2.5, dash: '10 5' },
  fileStore: { colour: '#0891b2', width: 3, dash: '1 4', round: true },
  share: { colour: '#65a30d', width: 2, dash: '4 2 1 2' },
};
