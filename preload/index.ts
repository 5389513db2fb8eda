import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildBridgeObject } from '../shared/ipc/bridge-layout';
import { isEventName } from '../shared/ipc/contract';

/**
 * Exposes `window.storepulse`: one function per contract channel plus `on` for contract events.
 * Only functions cross the bridge; `ipcRenderer` itself never does. Main validates every input.
 */
const api = buildBridgeObject(
  (channel, input) => ipcRenderer.invoke(channel, input),
  (event, listener) => {
    if (!isEventName(event) || typeof listener !== 'function') {
      throw new TypeError(`Unknown event "${String(event)}".`);
    }
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
);

contextBridge.exposeInMainWorld('storepulse', api);
