/**
 * The gate in front of every IPC handler: the message must come from the main frame of our
 * own window, showing our own bundled page, and its arguments must match the channel's
 * schema. Anything else is refused before any handler code runs.
 */
import type { z } from 'zod';
import { isAppUrl } from '../app-protocol.ts';

/** The parts of Electron's IpcMainEvent / IpcMainInvokeEvent the gate looks at. */
export interface SenderEvent {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

export interface TrustedSender {
  /** The webContents id of the designer window, or null while it does not exist. */
  webContentsId(): number | null;
}

export function isTrustedSender(event: SenderEvent, trusted: TrustedSender): boolean {
  const expected = trusted.webContentsId();
  if (expected === null || event.sender.id !== expected) return false;
  const frame = event.senderFrame;
  // A destroyed or navigated frame, or any iframe, is not our page.
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

export class RefusedMessageError extends Error {
  constructor(channel: string, reason: string) {
    super(`Refused ${channel}: ${reason}`);
    this.name = 'RefusedMessageError';
  }
}

export interface GateOptions {
  trusted: TrustedSender;
  /** Where refusals are reported (the main process log). */
  onRefused?: (error: RefusedMessageError) => void;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`)
    .join('; ');
}

/** Checks sender and arguments; returns the parsed arguments or throws RefusedMessageError. */
export function admit<A extends unknown[]>(
  channel: string,
  schema: z.ZodType<A>,
  event: SenderEvent,
  args: unknown[],
  options: GateOptions,
): A {
  let refusal: RefusedMessageError | null = null;
  let parsed: A | undefined;
  if (!isTrustedSender(event, options.trusted)) {
    refusal = new RefusedMessageError(channel, 'the sender is not the designer window');
  } else {
    const result = schema.safeParse(args);
    if (result.success) parsed = result.data;
    else refusal = new RefusedMessageError(channel, describeIssues(result.error));
  }
  if (refusal) {
    options.onRefused?.(refusal);
    throw refusal;
  }
  return parsed as A;
}

/** Wraps an `ipcMain.handle` handler. */
export function guardInvoke<A extends unknown[], R>(
  channel: string,
  schema: z.ZodType<A>,
  handler: (...args: A) => Promise<R> | R,
  options: GateOptions,
): (event: SenderEvent, ...args: unknown[]) => Promise<R> {
  return async (event, ...args) => handler(...admit(channel, schema, event, args, options));
}

/** Wraps an `ipcMain.on` listener; a refused message is dropped (there is no reply to reject). */
export function guardSend<A extends unknown[]>(
  channel: string,
  schema: z.ZodType<A>,
  listener: (...args: A) => void,
  options: GateOptions,
): (event: SenderEvent, ...args: unknown[]) => void {
  return (event, ...args) => {
    let admitted: A;
    try {
      admitted = admit(channel, schema, event, args, options);
    } catch {
      return;
    }
    listener(...admitted);
  };
}
