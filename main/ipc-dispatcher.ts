import { z } from 'zod';
import { AppError, failure, type Result } from '../shared/domain/errors';
import { channels, isChannelName, type ChannelInput, type ChannelName, type ChannelOutput, type Handlers } from '../shared/ipc/contract';
import { storageError } from './db/storage-errors';
import type { Logger } from './ports';

export type Dispatch = (channel: string, rawInput: unknown) => Promise<Result<unknown>>;

/** A host's typed call through the dispatcher: the channel's input in, its output (or a typed error) out. */
export type Invoke = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;

/**
 * The typed face of a dispatcher, for the hosts' own actions (the tray's "Sync now", the command
 * line): they pass the same gate as the renderer's calls, input parsed and output checked.
 */
export function invokeThrough(dispatch: () => Dispatch): Invoke {
  // The dispatcher parsed the output with the channel's schema: the value is that channel's output.
  return <C extends ChannelName>(channel: C, input: ChannelInput<C>) => dispatch()(channel, input) as Promise<Result<ChannelOutput<C>>>;
}

/**
 * The one gate every call from a renderer passes, whatever the transport (Electron IPC or the
 * browser host's HTTP). Unknown channels are refused, input is parsed with the channel's schema,
 * and nothing a handler throws escapes as anything but a typed error: a bad payload can never
 * crash the main process.
 */
export function createDispatcher(handlers: Handlers, logger: Logger): Dispatch {
  return async (channel, rawInput) => {
    if (!isChannelName(channel)) {
      return failure('unknown-channel', `No channel named "${channel}".`);
    }
    const spec = channels[channel];
    const parsedInput = spec.input.safeParse(rawInput);
    if (!parsedInput.success) {
      return failure('invalid-input', z.prettifyError(parsedInput.error));
    }
    try {
      const value = await callHandler(handlers, channel, parsedInput.data);
      const parsedOutput = spec.output.safeParse(value);
      if (!parsedOutput.success) {
        // Our own bug, not the caller's: log the detail, tell the caller only that it failed.
        logger.error('handler returned a value outside its contract', {
          channel,
          issues: z.prettifyError(parsedOutput.error),
        });
        return failure('internal', `The "${channel}" call failed.`);
      }
      return { ok: true, value: parsedOutput.data };
    } catch (error) {
      if (error instanceof AppError) return failure(error.code, error.message, error.params);
      // A write that met a full or failing disk rolled back: say which, not "unexpected".
      const storage = storageError(error);
      if (storage) {
        logger.error('handler met a storage failure', { channel, code: storage.code });
        return failure(storage.code, storage.message);
      }
      logger.error('handler threw', { channel, error: String(error) });
      return failure('internal', `The "${channel}" call failed.`);
    }
  };
}

function callHandler(handlers: Handlers, channel: ChannelName, input: unknown): Promise<unknown> {
  // TypeScript cannot correlate `channel` with `input` across the union; the schema parse above
  // is what guarantees the pairing, so the handler is called through a widened signature.
  const handler = handlers[channel] as (input: unknown) => unknown;
  return Promise.resolve(handler(input));
}
