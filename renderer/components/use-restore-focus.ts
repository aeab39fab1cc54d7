/**
 * A dialog gives focus back where it was when it opened (the button that opened it), so closing
 * it never leaves the keyboard user on `<body>`. When that element is gone, the canvas has it.
 */
import { useEffect, useState } from 'react';

export function useRestoreFocus(): void {
  // Read while rendering, before the dialog's autoFocus button takes focus at commit.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  useEffect(() => {
    return () => {
      requestAnimationFrame(() => {
        const lost = !document.activeElement || document.activeElement === document.body;
        if (!lost) return;
        if (opener?.isConnected && opener !== document.body) opener.focus();
        else document.querySelector<HTMLElement>('.react-flow')?.focus();
      });
    };
  }, [opener]);
}
