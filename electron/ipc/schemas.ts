/**
 * Argument lists per channel. The renderer is treated as untrusted: every argument list is
 * checked before a handler sees it, against the message schemas of the platform contract
 * (shared/platform/contract.ts), which bound sizes so a misbehaving page cannot make the main
 * process allocate without limit.
 */
import { z } from 'zod';

/** A channel without arguments accepts exactly none. */
export const noArguments = z.tuple([]);
export const oneArgument = <T extends z.ZodType>(schema: T) => z.tuple([schema]);
