/**
 * The one error the XML module throws or returns. Its message is a single paragraph written for
 * the planner (what is wrong, where, and what to do), so the CLI and the app can show it as is.
 */

export type TopologyXmlErrorCode =
  /** The input is larger than the import limit. */
  | 'too-large'
  /** The bytes are not text in an encoding a topology document can use. */
  | 'encoding'
  /** A document type declaration or entity declaration, refused for safety. */
  | 'dtd'
  /** Not well-formed XML; line and column are set. */
  | 'malformed'
  /** Well-formed, but not a Lync / Skype for Business topology document. */
  | 'not-topology'
  /** A topology document whose required structure is missing. */
  | 'incomplete'
  /** The design's saved copy of an imported topology is damaged. */
  | 'preserved'
  /** The topology holds more than a design can (a name over the length limit, too many sites). */
  | 'beyond-limits'
  /** A bug: something the module did not foresee. The message says so. */
  | 'internal';

export class TopologyXmlError extends Error {
  readonly code: TopologyXmlErrorCode;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(code: TopologyXmlErrorCode, message: string, position?: { line?: number; column?: number }) {
    super(message);
    this.name = 'TopologyXmlError';
    this.code = code;
    this.line = position?.line;
    this.column = position?.column;
  }
}

/** Wraps whatever was thrown into a TopologyXmlError, so callers only ever see that one type. */
export function asTopologyXmlError(err: unknown, doing: string): TopologyXmlError {
  if (err instanceof TopologyXmlError) return err;
  const detail = err instanceof Error ? err.message : String(err);
  return new TopologyXmlError(
    'internal',
    `The topology could not be ${doing} because of an unexpected problem in the designer (${detail}). Nothing was changed; please report this with the file that caused it.`,
  );
}
