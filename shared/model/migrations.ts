/**
 * Upgrades of older .pctopo documents, one step per format version: `migrations[n]` turns a
 * version-n document into version n+1. Format version 1 is the first released format, so the
 * table is empty; the loader already walks it, so the next format change adds one entry here.
 */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

export const migrations: Record<number, Migration> = {};
