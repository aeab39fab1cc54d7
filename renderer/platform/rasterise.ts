/**
 * A PNG of an SVG, made in the page: the browser draws the SVG into a canvas `scale` times its
 * size. The SVG is loaded as a data: URL, which the web edition's and the desktop program's
 * content security policies both allow for images (the desktop's allows no blob: images).
 */
import { svgSize } from '../model/picture-source.ts';

function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  // In slices: one call with millions of arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export async function rasteriseSvg(
  svg: string,
  scale: number,
  doc: Document = document,
): Promise<Uint8Array> {
  const { width, height } = svgSize(svg);
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The browser could not draw the picture.'));
    image.src = `data:image/svg+xml;base64,${toBase64(svg)}`;
  });
  const canvas = doc.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The browser has no canvas to draw the picture on.');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  // A canvas too large for the browser gives no blob rather than an error.
  if (!blob) throw new Error('The picture is too large for the browser at this scale.');
  return new Uint8Array(await blob.arrayBuffer());
}
