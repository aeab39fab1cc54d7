/**
 * Text for the XML reports the CLI writes (JUnit). Messages quote what is in the design, which
 * may hold characters XML cannot carry; shared/xml/xml-chars.ts replaces them, as the topology
 * export does, so the report always parses.
 */
import { toXmlChars } from '../shared/xml/xml-chars.ts';

export function xmlText(value: string): string {
  return toXmlChars(value)
    .text.replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
