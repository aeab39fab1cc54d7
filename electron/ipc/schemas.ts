/**
 * What each IPC message may carry. The renderer is treated as untrusted: every argument list
 * is checked against these schemas before a handler sees it, with sizes bounded so a
 * misbehaving page cannot make the main process allocate without limit.
 */
import { z } from 'zod';
import { MAX_DESIGN_BYTES } from '../../shared/model/load.ts';

/** File tokens are random and issued by the main process; a path is never accepted from the page. */
export const FILE_ID_PATTERN = /^[0-9a-f]{32}$/;

const fileId = z.string().regex(FILE_ID_PATTERN).nullable();
const suggestedName = z.string().min(1).max(255);
const fileText = z.string().max(MAX_DESIGN_BYTES);

export const saveRequestSchema = z.strictObject({ text: fileText, suggestedName, fileId });
export type SaveRequestPayload = z.infer<typeof saveRequestSchema>;

export const documentStateSchema = z.strictObject({
  name: z.string().max(255).nullable(),
  title: z.string().max(512),
  modified: z.boolean(),
});
export type DocumentStatePayload = z.infer<typeof documentStateSchema>;

export const recoveryDraftSchema = z.strictObject({ text: fileText, fileId });

/** Export Runbook sends the design; the runbooks are made from it here (shared/runbooks/files.ts). */
export const runbookRequestSchema = z.strictObject({ text: fileText, suggestedName });
export type RunbookRequestPayload = z.infer<typeof runbookRequestSchema>;

/** Argument lists per channel; a channel without arguments accepts exactly none. */
export const noArguments = z.tuple([]);
export const oneArgument = <T extends z.ZodType>(schema: T) => z.tuple([schema]);
