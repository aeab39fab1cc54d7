/** The page's localStorage, or null where the browser blocks storage (reading it then throws). */
export function localStorageOf(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}
