/**
 * Where keyboard focus goes after a command, so it never falls back to `<body>`: a box on the
 * canvas, the findings, or a toolbar button. Each waits a frame, for React to draw the target.
 */
const later = (fn: () => void) => requestAnimationFrame(() => requestAnimationFrame(fn));

/** Focuses the canvas box of an element (React Flow's wrapper is the focusable part). */
export function focusNode(id: string): void {
  later(() => {
    const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    el?.focus();
  });
}

/**
 * After a quick fix removed the finding `item` showed: the finding now at its place in the same
 * list, else the last one, else the findings heading.
 */
export function focusAfterFix(item: HTMLElement): void {
  const list = item.parentElement;
  const position = list ? [...list.children].indexOf(item) : 0;
  later(() => {
    const items = list?.isConnected ? list.querySelectorAll<HTMLElement>(':scope > li .finding-show') : [];
    const next = items[Math.min(position, items.length - 1)];
    if (next) next.focus();
    else focusFindings();
  });
}

/** Focuses the findings panel's heading (the skip link's target). */
export function focusFindings(): void {
  document.querySelector<HTMLElement>('#findings-heading')?.focus();
}
