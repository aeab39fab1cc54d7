/**
 * The web edition's Print report: the report goes into a hidden frame and the browser's print
 * dialog prints that frame with the report's own print stylesheet, so no new window or tab opens.
 * The frame is sandboxed without scripts; only the page reaches into it, to print.
 */
export function printInFrame(html: string, doc: Document = document): Promise<void> {
  const frame = doc.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.dataset.testid = 'print-frame';
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  frame.style.visibility = 'hidden';
  return new Promise((resolve, reject) => {
    frame.addEventListener(
      'load',
      () => {
        const win = frame.contentWindow;
        const inner = frame.contentDocument;
        if (!win || !inner) {
          frame.remove();
          reject(new Error('The report could not be prepared for printing.'));
          return;
        }
        adoptInlineStyles(win, inner);
        // print() returns once the dialog closes; the frame is no longer needed then.
        win.addEventListener('afterprint', () => frame.remove(), { once: true });
        win.print();
        resolve();
      },
      { once: true },
    );
    frame.srcdoc = html;
    doc.body.append(frame);
  });
}

/**
 * A srcdoc frame inherits the page's content security policy, whose style-src does not allow the
 * report's inline <style>; the same rules given as constructed style sheets are not blocked.
 */
function adoptInlineStyles(win: Window, inner: Document): void {
  const Sheet = (win as Window & { CSSStyleSheet?: typeof CSSStyleSheet }).CSSStyleSheet;
  if (!Sheet || !('adoptedStyleSheets' in inner)) return;
  const sheets = [...inner.querySelectorAll('style')].map((style) => {
    const sheet = new Sheet();
    sheet.replaceSync(style.textContent ?? '');
    return sheet;
  });
  inner.adoptedStyleSheets = [...inner.adoptedStyleSheets, ...sheets];
}
