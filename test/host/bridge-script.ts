import { bridgeLayout } from '../../shared/ipc/bridge-layout';
import { eventNames } from '../../shared/ipc/contract';

/**
 * The script the browser host injects before the renderer: it builds `window.storepulse` from the
 * same contract layout as the Electron preload, over fetch (calls) and server-sent events (events).
 */
export function bridgeScript(token: string): string {
  return `(() => {
  const token = ${JSON.stringify(token)};
  const layout = ${JSON.stringify(bridgeLayout())};
  const eventNames = new Set(${JSON.stringify(eventNames)});
  const listeners = new Map();
  let source = null;
  const openEvents = () => {
    if (source) return;
    source = new EventSource('/__host/events?token=' + encodeURIComponent(token));
    for (const name of eventNames) {
      source.addEventListener(name, (message) => {
        const payload = JSON.parse(message.data);
        for (const listener of listeners.get(name) ?? []) listener(payload);
      });
    }
  };
  const invoke = async (channel, input) => {
    try {
      const response = await fetch('/__host/call/' + encodeURIComponent(channel), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-storepulse-token': token },
        body: JSON.stringify({ input }),
      });
      return await response.json();
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: String(error) } };
    }
  };
  const api = {};
  for (const [domain, verbs] of Object.entries(layout)) {
    const group = {};
    for (const [verb, channel] of Object.entries(verbs)) group[verb] = (input) => invoke(channel, input);
    api[domain] = Object.freeze(group);
  }
  api.on = (event, listener) => {
    if (!eventNames.has(event) || typeof listener !== 'function') throw new TypeError('Unknown event "' + String(event) + '".');
    openEvents();
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event).add(listener);
    return () => listeners.get(event).delete(listener);
  };
  Object.defineProperty(window, 'storepulse', { value: Object.freeze(api) });
})();
`;
}
