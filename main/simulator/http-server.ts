import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Outcome } from './api-pipeline';

/**
 * The node:http side: reads a request whole, asks `answer` what to do, and does it (answer after
 * an optional delay, drop the socket, or leave the request hanging). Nothing here knows the API.
 * `close()` ends everything, hanging requests and pending delays included.
 */
export interface ReceivedRequest {
  readonly method: string;
  /** The request target exactly as sent (`/api/flows?page%5Bsize%5D=3`). */
  readonly target: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

export interface Answer {
  readonly outcome: Outcome;
  /** Wall-clock delay before replying (injected latency). */
  readonly delayMs: number;
}

export interface HttpServerHandle {
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

/** Bodies above this are refused: nothing the seven operations take comes near it. */
const maxBodyBytes = 1024 * 1024;

export async function startHttpServer(port: number, answer: (request: ReceivedRequest, baseUrl: string) => Answer): Promise<HttpServerHandle> {
  const timers = new Set<NodeJS.Timeout>();
  let baseUrl = '';

  const send = (response: ServerResponse, status: number, headers: Readonly<Record<string, string>>, body: string) => {
    const bytes = Buffer.from(body, 'utf8');
    response.writeHead(status, { ...headers, 'content-length': String(bytes.length) });
    response.end(bytes);
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    request.on('end', () => {
      if (size > maxBodyBytes) {
        send(response, 413, { 'content-type': 'application/json' }, JSON.stringify({ errors: [{ id: 'body-too-large', code: 'too_large', title: 'Request too large.', detail: 'The body is larger than 1 MiB.' }] }));
        return;
      }
      const received: ReceivedRequest = {
        method: request.method ?? 'GET',
        target: request.url ?? '/',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      const { outcome, delayMs } = answer(received, baseUrl);
      if (outcome.kind === 'drop') {
        request.socket.destroy();
        return;
      }
      if (outcome.kind === 'hang') return;
      const { status, headers, body } = outcome.reply;
      if (delayMs <= 0) {
        send(response, status, headers, body);
        return;
      }
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!response.destroyed) send(response, status, headers, body);
      }, delayMs);
      timers.add(timer);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${address.port}`;

  return {
    port: address.port,
    url: baseUrl,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        // Hanging requests and keep-alive sockets would otherwise hold close() open forever.
        server.closeAllConnections();
      }),
  };
}
