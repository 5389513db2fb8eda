import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

/**
 * A small HTTP server on 127.0.0.1 that stands in for the remote API: it records every request
 * (with its arrival time, taken by the server) and answers what the test scripts, including the
 * rude answers real networks give: a connection destroyed mid-request, no answer at all, a body
 * cut short.
 */
export interface Arrival {
  index: number;
  method: string;
  /** Raw request target, as sent (still percent-encoded). */
  rawUrl: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  /** performance.now() when the request arrived. */
  at: number;
}

export type Reply =
  | { status?: number; headers?: Record<string, string>; json?: unknown; text?: string }
  | 'destroy'
  | 'hang';

export interface ScriptedServer {
  url: string;
  arrivals: Arrival[];
  close(): Promise<void>;
}

function send(response: ServerResponse, reply: Exclude<Reply, 'destroy' | 'hang'>): void {
  const body = reply.text ?? (reply.json === undefined ? '' : JSON.stringify(reply.json));
  response.writeHead(reply.status ?? 200, { 'Content-Type': 'application/vnd.api+json', ...reply.headers });
  response.end(body);
}

export async function startScriptedServer(script: (arrival: Arrival) => Reply | Promise<Reply>): Promise<ScriptedServer> {
  const arrivals: Arrival[] = [];
  const server = createServer((request, response) => {
    const at = performance.now();
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const rawUrl = request.url ?? '/';
      const url = new URL(rawUrl, 'http://127.0.0.1');
      const arrival: Arrival = {
        index: arrivals.length,
        method: request.method ?? 'GET',
        rawUrl,
        path: url.pathname,
        query: url.searchParams,
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at,
      };
      arrivals.push(arrival);
      void Promise.resolve(script(arrival)).then((reply) => {
        if (reply === 'destroy') request.socket.destroy();
        else if (reply !== 'hang') send(response, reply);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    arrivals,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** JSON:API helpers for scripted answers. */
export const jsonApi = {
  collection(data: unknown[], next?: string | null) {
    return { data, links: { self: 'http://127.0.0.1/self', ...(next === undefined ? {} : { next }) } };
  },
  errors(status: number, detail: string, code = 'error') {
    return { status, json: { errors: [{ id: 'e1', code, title: detail, detail, source: { pointer: '/data/' } }] } };
  },
};

/** Runs `run` against a fresh server and always closes it, so tests can run concurrently. */
export async function withServer<T>(script: (arrival: Arrival) => Reply | Promise<Reply>, run: (server: ScriptedServer) => Promise<T>): Promise<T> {
  const server = await startScriptedServer(script);
  try {
    return await run(server);
  } finally {
    await server.close();
  }
}

/** A server answering the scripted replies in order, then the last one forever. */
export function withReplies<T>(replies: Reply[], run: (server: ScriptedServer) => Promise<T>): Promise<T> {
  return withServer((arrival) => replies[Math.min(arrival.index, replies.length - 1)] as Reply, run);
}
