import type { ServerResponse } from 'node:http';
import type { EventSink } from '../ports';

/** The browser host's EventSink: contract events as server-sent events to every open page. */
export interface ServerSentEvents extends EventSink {
  attach(response: ServerResponse): () => void;
  closeAll(): void;
}

export function createServerSentEvents(): ServerSentEvents {
  const clients = new Set<ServerResponse>();
  return {
    emit(event, payload) {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const client of clients) client.write(frame);
    },
    attach(response) {
      clients.add(response);
      return () => clients.delete(response);
    },
    closeAll() {
      for (const client of clients) client.end();
      clients.clear();
    },
  };
}
