/** A small glyph per element kind, drawn inline so the app needs no image files or remote fonts. */
import type { PlaceableKind } from '../model/kinds.ts';

type IconKind = PlaceableKind | 'dataCenter';

const paths: Record<IconKind, string> = {
  pool: 'M3 5h14v4H3zM3 11h14v4H3z',
  server: 'M5 2h10v16H5zM7 5h6M7 8h6',
  frontEndPool: 'M2 4h16v10H2zM7 17h6M10 14v3',
  sqlInstance: 'M4 5c0-3 12-3 12 0v10c0 3-12 3-12 0zM4 5c0 3 12 3 12 0',
  fileStore: 'M3 4h6l2 2h6v10H3z',
  share: 'M3 4h6l2 2h6v10H3zM8 11h4M10 9v4',
  dataCenter: 'M2 3h16v14H2zM2 6h16M5 9h4v5H5zM11 9h4v5h-4z',
};

export function KindIcon({ kind }: { kind: IconKind }) {
  return (
    <svg className={`kind-icon kind-icon-${kind}`} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d={paths[kind]} />
    </svg>
  );
}
