import { bridgeLayout } from '../../shared/ipc/bridge-layout';
import { eventNames } from '../../shared/ipc/contract';

/**
 * The script the browser host injects before the renderer: it builds `window.storepulse` from the
 * same contract layout as the Electron preload, over fetch (calls, batched per tick) and server-sent
 * events (events).
 */
export function bridgeScript(token: string): string {
  return `(() => {
  const token = ${JSON.stringify(token)};
  const layout = ${JSON.stringify(bridgeLayout())};
  const eventNames = new Set(${JSON.stringify(eventNames)});
  const listeners = new Map();
  // The event stream opens first, and calls wait until it is open (or has failed): an answer is
  // a snapshot, and an event emitted after the snapshot but before the stream was connected would
  // be lost, leaving the page on the snapshot (a finished sync shown at "Syncing… 78%").
  const source = new EventSource('/__host/events?token=' + encodeURIComponent(token));
  const eventsReady = new Promise((resolve) => {
    source.addEventListener('open', resolve, { once: true });
    source.addEventListener('error', resolve, { once: true });
  });
  for (const name of eventNames) {
    source.addEventListener(name, (message) => {
      const payload = JSON.parse(message.data);
      for (const listener of listeners.get(name) ?? []) listener(payload);
    });
  }
  // Calls made in the same tick travel together, and each answer streams back (one JSON line)
  // as soon as it is ready. Electron's IPC has no limit on calls in flight; a browser allows six
  // connections per host, one of them held by the events, so separate requests would queue.
  let pending = [];
  let nextId = 0;
  const failed = (message) => ({ ok: false, error: { code: 'internal', message } });
  const flush = async () => {
    await eventsReady;
    const batch = pending;
    pending = [];
    const waiting = new Map(batch.map((call) => [call.id, call.resolve]));
    try {
      const response = await fetch('/__host/batch', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-storepulse-token': token },
        body: JSON.stringify({ calls: batch.map(({ id, channel, input }) => ({ id, channel, input })) }),
      });
      if (!response.ok || !response.body) throw new Error('HTTP ' + response.status);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffered = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffered += value;
        let newline;
        while ((newline = buffered.indexOf('\\n')) >= 0) {
          const { id, result } = JSON.parse(buffered.slice(0, newline));
          buffered = buffered.slice(newline + 1);
          waiting.get(id)?.(result);
          waiting.delete(id);
        }
      }
      for (const resolve of waiting.values()) resolve(failed('The host closed the call without an answer.'));
    } catch (error) {
      for (const resolve of waiting.values()) resolve(failed(String(error)));
    }
  };
  const invoke = (channel, input) =>
    new Promise((resolve) => {
      if (pending.length === 0) queueMicrotask(() => void flush());
      pending.push({ id: nextId++, channel, input, resolve });
    });
  const api = {};
  for (const [domain, verbs] of Object.entries(layout)) {
    const group = {};
    for (const [verb, channel] of Object.entries(verbs)) group[verb] = (input) => invoke(channel, input);
    api[domain] = Object.freeze(group);
  }
  api.on = (event, listener) => {
    if (!eventNames.has(event) || typeof listener !== 'function') throw new TypeError('Unknown event "' + String(event) + '".');
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event).add(listener);
    return () => listeners.get(event).delete(listener);
  };
  Object.defineProperty(window, 'storepulse', { value: Object.freeze(api) });
})();
`;
}
