/**
 * Where an element stands in the file it came from, so that code scanning can put a finding on
 * a line. A .pctopo names each element by `"id": "…"`; a topology XML document has no ids of
 * ours, so the element's FQDN (or path) is looked up instead. Lines are found once per file and
 * per name, never by rescanning the file for each finding.
 */
export function lineLocator(text: string, isXml: boolean, labelOf: (id: string) => string) {
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  let ids: Map<string, number> | undefined;
  const byLabel = new Map<string, number | undefined>();
  const lower = isXml ? text.toLowerCase() : '';

  return (id: string): number | undefined => {
    if (!isXml) {
      if (!ids) {
        ids = new Map();
        for (const m of text.matchAll(/"id"\s*:\s*("(?:[^"\\]|\\.)*")/g)) {
          let value: unknown;
          try {
            value = JSON.parse(m[1]!);
          } catch {
            continue;
          }
          if (typeof value === 'string' && !ids.has(value)) ids.set(value, lineAt(m.index!));
        }
      }
      return ids.get(id);
    }
    const label = labelOf(id).toLowerCase();
    if (!byLabel.has(label)) {
      // server\instance and \\server\share do not stand in the XML as written; their server does.
      const candidates = [label, label.split('\\').find((part) => part.length > 0) ?? ''];
      let line: number | undefined;
      for (const candidate of candidates) {
        const at = candidate ? lower.indexOf(candidate) : -1;
        if (at >= 0) {
          line = lineAt(at);
          break;
        }
      }
      byLabel.set(label, line);
    }
    return byLabel.get(label);
  };
}
