import type { BrowserWindow } from 'electron';
import type { EventSink } from '../ports';

/** Sends contract events to the app window, if one is open. */
export function createWindowEventSink(getWindow: () => BrowserWindow | null): EventSink {
  return {
    emit(event, payload) {
      const window = getWindow();
      if (window && !window.isDestroyed()) window.webContents.send(event, payload);
    },
  };
}
