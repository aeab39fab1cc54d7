/**
 * Defensive loading of .pctopo files, in the spirit of excalidraw's restore: whatever the
 * bytes hold, the caller gets either a complete, typed design or a LoadError whose message
 * says what is wrong and where. Nothing half-loaded ever escapes.
 */
import type { z } from 'zod';
import { CURRENT_FORMAT_VERSION, designDocumentSchema } from './schema.ts';
import { migrations } from './migrations.ts';
import type { Design, DesignDocument } from './types.ts';
import { collectionOf } from './types.ts';

/** Larger files are refused before parsing, so a hostile file cannot exhaust memory. */
export const MAX_DESIGN_BYTES = 64 * 1024 * 1024;

/**
 * How deep values may nest. A design itself is never more than six levels deep; the limit is
 * for what the schema lets through as it is (the preserved topology), because a value JSON can
 * parse but JSON.stringify cannot write again (it recurses) would load and then fail every save.
 */
export const MAX_NESTING = 32;

export interface LoadIssue {
  /** JSON path such as `design.servers[3].state`; empty for the document as a whole. */
  path: string;
  message: string;
}

export class LoadError extends Error {
  readonly issues: LoadIssue[];
  constructor(summary: string, issues: LoadIssue[] = []) {
    super(formatLoadMessage(summary, issues));
    this.name = 'LoadError';
    this.issues = issues;
  }
}

const MAX_LISTED_ISSUES = 5;

function formatLoadMessage(summary: string, issues: LoadIssue[]): string {
  if (issues.length === 0) return summary;
  const listed = issues
    .slice(0, MAX_LISTED_ISSUES)
    .map((i) => (i.path ? `at ${i.path}: ${i.message}` : i.message))
    .join('; ');
  const more = issues.length > MAX_LISTED_ISSUES ? `; and ${issues.length - MAX_LISTED_ISSUES} more` : '';
  return `${summary}: ${listed}${more}.`;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function describeReceived(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return input.length > 40 ? 'a long text' : JSON.stringify(input);
  if (typeof input === 'object') return 'an object';
  return String(input);
}

/** zod's messages, reworded for planners and given the offending value where it helps. */
function issueMessage(issue: z.core.$ZodIssue, root: unknown): string {
  const received = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return received === undefined
        ? `missing; expected ${issue.expected}`
        : `expected ${issue.expected}, got ${describeReceived(received)}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${describeReceived(received)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `longer than the limit of ${Number(issue.maximum).toLocaleString('en-US')} characters`
        : `more than the limit of ${Number(issue.maximum).toLocaleString('en-US')} entries`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new LoadError(`The file is not valid JSON (${detail})`);
  }
}

interface Nested {
  value: unknown;
  depth: number;
  key: PropertyKey;
  parent: Nested | undefined;
}

/** The path of the first value nested deeper than MAX_NESTING, found without recursion. */
function tooDeep(root: unknown, rootKey: PropertyKey): PropertyKey[] | undefined {
  // The root's own key is the first step of the path, one level below the file's top.
  const top: Nested = { value: undefined, depth: 0, key: '', parent: undefined };
  const stack: Nested[] = [{ value: root, depth: 1, key: rootKey, parent: top }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const { value, depth } = node;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_NESTING) {
      const path: PropertyKey[] = [];
      for (let n: Nested | undefined = node; n?.parent; n = n.parent) path.unshift(n.key);
      return path;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++)
        stack.push({ value: value[i], depth: depth + 1, key: i, parent: node });
    } else {
      for (const k in value) {
        if (Object.hasOwn(value, k))
          stack.push({
            value: (value as Record<string, unknown>)[k],
            depth: depth + 1,
            key: k,
            parent: node,
          });
      }
    }
  }
  return undefined;
}

function checkNesting(raw: unknown): unknown {
  // The schema checks everything else field by field and keeps nothing it does not know; only
  // the preserved topology is taken as it is, so only it can hold a value too deep to write again.
  const preserved =
    raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>).preservedTopology : undefined;
  const path = tooDeep(preserved, 'preservedTopology');
  if (path) {
    const shown = path.length > 8 ? [...path.slice(0, 6), '…'] : path;
    throw new LoadError('The file is not a design the designer can open', [
      {
        path: formatPath(shown),
        message: `values are nested more than ${MAX_NESTING} levels deep; a design never nests this deep, so the file was damaged or made by hand`,
      },
    ]);
  }
  return raw;
}

function checkVersion(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new LoadError('The file is not a Persistent Chat design: its top level must be a JSON object');
  }
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new LoadError('The file is not a Persistent Chat design', [
      { path: 'formatVersion', message: `expected a whole number, got ${describeReceived(version)}` },
    ]);
  }
  if (version > CURRENT_FORMAT_VERSION) {
    throw new LoadError(
      `This design was saved by a newer version of the designer (format version ${version}; this version reads up to ${CURRENT_FORMAT_VERSION}). Update the designer to open it`,
    );
  }
  let doc = raw as Record<string, unknown>;
  for (let v = version; v < CURRENT_FORMAT_VERSION; v++) {
    const migrate = migrations[v];
    if (!migrate) throw new LoadError(`No migration from format version ${v} is known`);
    doc = migrate(doc);
  }
  return doc;
}

/** Every element whose id an earlier element already has, as load issues. */
export function duplicateIdIssues(design: Design): LoadIssue[] {
  const seen = new Map<string, string>();
  const issues: LoadIssue[] = [];
  for (const collection of Object.values(collectionOf)) {
    design[collection].forEach((el, i) => {
      const where = `design.${collection}[${i}].id`;
      const first = seen.get(el.id);
      if (first) issues.push({ path: where, message: `the id "${el.id}" is already used at ${first}` });
      else seen.set(el.id, where);
    });
  }
  return issues;
}

function checkUniqueIds(doc: DesignDocument): void {
  const issues = duplicateIdIssues(doc.design);
  if (issues.length > 0) throw new LoadError('The design is not valid', issues);
}

/** Turns already-parsed JSON into a design document, or throws a LoadError. */
export function restoreDesign(raw: unknown): DesignDocument {
  const migrated = checkVersion(checkNesting(raw));
  const result = designDocumentSchema.safeParse(migrated);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issueMessage(issue, migrated),
    }));
    throw new LoadError('The design is not valid', issues);
  }
  checkUniqueIds(result.data);
  return result.data;
}

/** Reads the text of a .pctopo file. */
export function loadDesign(text: string): DesignDocument {
  if (text.length > MAX_DESIGN_BYTES) {
    throw new LoadError(
      `The file is too large to be a design (${Math.round(text.length / 1048576)} MiB; the limit is ${MAX_DESIGN_BYTES / 1048576} MiB)`,
    );
  }
  return restoreDesign(parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
}

/** The text written to a .pctopo file: stable order and indentation, so saves diff cleanly. */
export function serializeDesign(doc: DesignDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
