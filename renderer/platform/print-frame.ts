/**
 * The web edition's Print report: the report goes into a hidden frame and the browser's print
 * dialog prints that frame with the report's own print stylesheet, so no new window or tab opens.
 * The frame is sandboxed without scripts; only the page reaches into it, to print.
 *
 * A srcdoc frame inherits the page's content security policy, whose style-src allows no inline
 * style, so the report's <style> elements and style attributes would be refused (and logged as
 * violations). They are taken out before the frame is filled and given back through the CSSOM,
 * constructed style sheets and `style.cssText`, which that policy does not govern.
 */
const STYLE_MARK = 'data-print-style';

interface PreparedReport {
  html: string;
  sheets: string[];
  inline: string[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-f]+));/gi,
    (whole, name: string, dec?: string, hex?: string) =>
      dec
        ? String.fromCodePoint(Number(dec))
        : hex
          ? String.fromCodePoint(parseInt(hex, 16))
          : (entities[name] ?? whole),
  );

/**
 * On the report's text, not on a parsed document: a document parsed in the page would check the
 * styles against the page's policy and log the very violation this avoids. The report is
 * well-formed XHTML from shared/report, so its styles and style attributes are plain to find.
 */
export function prepareForFrame(html: string): PreparedReport {
  const sheets: string[] = [];
  const inline: string[] = [];
  const withoutSheets = html.replace(/<style\b[^>]*>([\s\S]*?)<\/style>/gi, (_all, css: string) => {
    sheets.push(css);
    return '';
  });
  const withoutAttributes = withoutSheets.replace(
    /(<[a-zA-Z][^<>]*?\s)style\s*=\s*(?:"([^"]*)"|'([^']*)')/g,
    (_all, before: string, double?: string, single?: string) => {
      inline.push(unescape(double ?? single ?? ''));
      return `${before}${STYLE_MARK}="${inline.length - 1}"`;
    },
  );
  return { html: withoutAttributes, sheets, inline };
}

function restoreStyles(win: Window, inner: Document, report: PreparedReport): void {
  const Sheet = (win as Window & { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet;
  inner.adoptedStyleSheets = report.sheets.map((text) => {
    const sheet = new Sheet();
    sheet.replaceSync(text);
    return sheet;
  });
  for (const el of inner.querySelectorAll<HTMLElement | SVGElement>(`[${STYLE_MARK}]`)) {
    el.style.cssText = report.inline[Number(el.getAttribute(STYLE_MARK))] ?? '';
  }
}

export function printInFrame(html: string, doc: Document = document): Promise<void> {
  const report = prepareForFrame(html);
  const frame = doc.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.dataset.testid = 'print-frame';
  Object.assign(frame.style, {
    position: 'fixed',
    width: '0',
    height: '0',
    border: '0',
    visibility: 'hidden',
  });
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
        restoreStyles(win, inner, report);
        // The frame stays until the next print: some browsers print it after print() returns.
        win.print();
        resolve();
      },
      { once: true },
    );
    for (const old of doc.querySelectorAll('iframe[data-testid="print-frame"]')) old.remove();
    frame.srcdoc = report.html;
    doc.body.append(frame);
  });
}
