import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { failure } from '../../shared/domain/errors';
import { channelNames } from '../../shared/ipc/contract';
import type { Dispatch } from '../ipc-dispatcher';

/**
 * Registers one handler per contract channel. A call is answered only when it comes from our own
 * window's main frame showing our own origin (`isAppUrl`); anything else gets `forbidden`.
 */
export function registerIpc(dispatch: Dispatch, isOurWindow: (contents: WebContents) => boolean, isAppUrl: (url: string) => boolean): () => void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(event, isOurWindow, isAppUrl)) {
        return failure('forbidden', 'Calls are accepted only from the Storepulse window.');
      }
      return dispatch(channel, input);
    });
  }
  return () => {
    for (const channel of channelNames) ipcMain.removeHandler(channel);
  };
}

function isTrustedSender(event: IpcMainInvokeEvent, isOurWindow: (contents: WebContents) => boolean, isAppUrl: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  if (!isOurWindow(event.sender)) return false;
  return isAppUrl(frame.url);
}
