/**
 * Undo and redo over whole document values. Documents are immutable and share structure, so a
 * snapshot is a pointer, and undo restores exactly what the planner saw, layout included.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly future: readonly T[];
}

/** Enough for a long session; older steps fall off the far end. */
export const HISTORY_LIMIT = 200;

export function emptyHistory<T>(): History<T> {
  return { past: [], future: [] };
}

/** Records `current` as the state to return to; a new change forgets what was undone. */
export function record<T>(history: History<T>, current: T): History<T> {
  const past = history.past.length >= HISTORY_LIMIT ? history.past.slice(1) : history.past.slice();
  past.push(current);
  return { past, future: [] };
}

export function undo<T>(history: History<T>, current: T): { history: History<T>; value: T } | null {
  const value = history.past[history.past.length - 1];
  if (value === undefined) return null;
  return {
    value,
    history: { past: history.past.slice(0, -1), future: [...history.future, current] },
  };
}

export function redo<T>(history: History<T>, current: T): { history: History<T>; value: T } | null {
  const value = history.future[history.future.length - 1];
  if (value === undefined) return null;
  return {
    value,
    history: { past: [...history.past, current], future: history.future.slice(0, -1) },
  };
}
