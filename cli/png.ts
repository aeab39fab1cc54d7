/**
 * The design's SVG as PNG, through resvg (a native module with prebuilt binaries, so the CLI
 * needs no browser). It lives in cli/, not shared/, because shared/ runs in the page as well.
 * Fonts come from the system: DejaVu Sans where installed (fonts-dejavu-core), else Arial or
 * any sans-serif.
 */
import { Resvg } from '@resvg/resvg-js';

export const pictureScales = [1, 2, 3] as const;
export type PictureScale = (typeof pictureScales)[number];

export function svgToPng(svg: string, scale: PictureScale): Uint8Array {
  const resvg = new Resvg(svg, { fitTo: { mode: 'zoom', value: scale }, font: { loadSystemFonts: true } });
  return resvg.render().asPng();
}
