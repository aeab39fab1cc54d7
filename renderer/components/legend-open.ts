/**
 * Whether the legend starts open. On a small window (narrower than 1400 px or lower than 900 px,
 * which takes in 1280×800 and 1366×768 laptops) it starts collapsed, since open it covers a
 * good part of the canvas there. Once the planner opens or closes it, that choice holds for the
 * rest of the session (sessionStorage: a reload keeps it, a new window starts afresh).
 */
const KEY = 'pchat.legendOpen';

export const SMALL_WINDOW = { width: 1400, height: 900 };

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function legendStartsOpen(size = { width: window.innerWidth, height: window.innerHeight }): boolean {
  const chosen = sessionStore()?.getItem(KEY);
  if (chosen === 'open' || chosen === 'closed') return chosen === 'open';
  return size.width >= SMALL_WINDOW.width && size.height >= SMALL_WINDOW.height;
}

export function rememberLegendOpen(open: boolean): void {
  try {
    sessionStore()?.setItem(KEY, open ? 'open' : 'closed');
  } catch {
    // Storage full or blocked: the choice then lasts until the page is reloaded.
  }
}
