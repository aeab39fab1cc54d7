/**
 * The Content Security Policy of the designer window. The renderer is a static bundle served
 * from the app's own origin: it needs its own scripts, styles, images and fonts, and nothing
 * else: no inline or evaluated script, no network, no frames, no plugins, no forms.
 *
 * Inline style *attributes* set from script (React's `style` prop, React Flow's transforms)
 * go through the CSSOM and are not governed by style-src, so 'unsafe-inline' is not needed.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'none'; frame-src 'none'; child-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Response headers every page and asset of the app carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Replaces any CSP a response brings with ours (header names compare case-insensitively),
 * keeping its other headers. Used for responses the app protocol does not produce itself.
 */
export function withSecurityHeaders(
  headers: Record<string, string[] | string> | undefined,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const ours = new Set(Object.keys(SECURITY_HEADERS).map((k) => k.toLowerCase()));
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (ours.has(name.toLowerCase())) continue;
    out[name] = Array.isArray(value) ? value : [value];
  }
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) out[name] = [value];
  return out;
}
