import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { z } from 'zod';
import { failure } from '../../shared/domain/errors';
import type { Dispatch } from '../ipc-dispatcher';
import { bridgeScript } from './bridge-script';
import { recoveryPageCsp, recoveryPath } from './recovery-page';
import type { ServerSentEvents } from './server-sent-events';

export interface BrowserHostOptions {
  rendererDir: string;
  dispatch: Dispatch;
  events: ServerSentEvents;
  port?: number;
  token?: string;
  /** Start-up problems to settle before the app may load (see start-web-host.ts). */
  recovery?: RecoveryGate;
}

/** Stands in front of the app while a damaged or newer file waits for the person's answer. */
export interface RecoveryGate {
  /** The page to serve instead of the app, or null once the app can load. */
  page(token: string): string | null;
  /** Carries out an answer posted by the page's form. */
  choose(choice: string): Promise<void>;
}

export interface BrowserHost {
  /** Open this in a browser: it carries the per-run token. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const maxBodyBytes = 1024 * 1024;

/**
 * Serves the built renderer and answers contract calls through the core's dispatcher, on loopback
 * only. Every call must carry the per-run token and come from the host's own origin: the same
 * checks the Electron IPC layer makes on its sender.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const rendererDir = resolve(options.rendererDir);
  let origin = '';

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, failure('internal', String(error)));
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    if (request.headers.host !== new URL(origin).host) {
      // Refuses DNS-rebinding: only requests addressed to our own loopback host are answered.
      sendJson(response, 403, failure('forbidden', 'Unexpected Host header.'));
      return;
    }
    if (url.pathname.startsWith('/__host/call/')) return handleCall(request, response, url);
    if (url.pathname === '/__host/batch') return handleBatch(request, response);
    if (url.pathname === recoveryPath) return handleRecoveryChoice(request, response);
    if (url.pathname === '/__host/events') return handleEvents(request, response, url);
    if (url.pathname === '/__host/bridge.js') {
      if (!hasToken(url.searchParams.get('token'))) return sendJson(response, 401, failure('forbidden', 'Missing or wrong token.'));
      response.writeHead(200, { 'content-type': contentTypes['.js'], 'cache-control': 'no-store' });
      response.end(bridgeScript(token));
      return;
    }
    if (url.pathname === '/' || url.pathname === '/index.html') return handleIndex(response, url);
    return handleStatic(response, url.pathname);
  }

  // Digests have one length whatever the candidate's bytes (a non-ASCII token is longer in UTF-8
  // than in characters), so the constant-time comparison can never throw, nor leak the length.
  const tokenDigest = sha256(token);
  function hasToken(candidate: string | string[] | null | undefined): boolean {
    if (typeof candidate !== 'string') return false;
    return timingSafeEqual(sha256(candidate), tokenDigest);
  }

  /** The checks every call passes, and its parsed body; null when an error answer was sent. */
  async function acceptCall(request: IncomingMessage, response: ServerResponse): Promise<{ parsed: unknown } | null> {
    if (request.method !== 'POST') return refuse(response, 405, failure('invalid-input', 'Calls are POST requests.'));
    if (!hasToken(request.headers['x-storepulse-token'])) return refuse(response, 401, failure('forbidden', 'Missing or wrong token.'));
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) {
      return refuse(response, 403, failure('forbidden', 'Calls are accepted only from the app page.'));
    }
    const body = await readBody(request);
    if (body === null) return refuse(response, 413, failure('invalid-input', 'Request body too large.'));
    try {
      return { parsed: body.length === 0 ? {} : JSON.parse(body) };
    } catch {
      return refuse(response, 400, failure('invalid-input', 'Request body is not JSON.'));
    }
  }

  async function handleCall(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const accepted = await acceptCall(request, response);
    if (!accepted) return;
    const channel = decodeURIComponent(url.pathname.slice('/__host/call/'.length));
    const { parsed } = accepted;
    const input = typeof parsed === 'object' && parsed !== null ? (parsed as { input?: unknown }).input : undefined;
    const result = await options.dispatch(channel, input);
    const status = result.ok ? 200 : result.error.code === 'unknown-channel' ? 404 : 200;
    sendJson(response, status, result);
  }

  /**
   * Several calls in one request, each answered on its own line as soon as the core has answered
   * it (a slow call never holds back a quick one). The bridge script sends the calls of one tick.
   */
  async function handleBatch(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const accepted = await acceptCall(request, response);
    if (!accepted) return;
    const batch = batchSchema.safeParse(accepted.parsed);
    if (!batch.success) return sendJson(response, 400, failure('invalid-input', 'A batch is { calls: [{ id, channel, input }] }.'));
    response.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' });
    await Promise.all(
      batch.data.calls.map(async ({ id, channel, input }) => {
        const result = await options.dispatch(channel, input);
        response.write(`${JSON.stringify({ id, result })}\n`);
      }),
    );
    response.end();
  }

  function handleEvents(request: IncomingMessage, response: ServerResponse, url: URL): void {
    if (!hasToken(url.searchParams.get('token'))) return sendJson(response, 401, failure('forbidden', 'Missing or wrong token.'));
    response.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    const detach = options.events.attach(response);
    request.on('close', detach);
  }

  async function handleIndex(response: ServerResponse, url: URL): Promise<void> {
    if (!hasToken(url.searchParams.get('token'))) {
      response.writeHead(401, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Open the URL printed by the host: it carries the access token.');
      return;
    }
    const recoveryPage = options.recovery?.page(token) ?? null;
    if (recoveryPage !== null) {
      response.writeHead(200, { 'content-type': contentTypes['.html'], 'cache-control': 'no-store', 'content-security-policy': recoveryPageCsp });
      response.end(recoveryPage);
      return;
    }
    const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
    const injected = html.replace(
      /<script type="module"/,
      `<script src="/__host/bridge.js?token=${token}"></script>\n    <script type="module"`,
    );
    response.writeHead(200, { 'content-type': contentTypes['.html'], 'cache-control': 'no-store' });
    response.end(injected);
  }

  /** A recovery page's form post: token and origin checked as for calls, then back to the page. */
  async function handleRecoveryChoice(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!options.recovery || request.method !== 'POST') return sendJson(response, 405, failure('invalid-input', 'Nothing to answer.'));
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) return sendJson(response, 403, failure('forbidden', 'Answers are accepted only from the app page.'));
    const body = await readBody(request);
    const form = new URLSearchParams(body ?? '');
    if (!hasToken(form.get('token'))) return sendJson(response, 401, failure('forbidden', 'Missing or wrong token.'));
    await options.recovery.choose(form.get('choice') ?? '');
    response.writeHead(303, { location: `/?token=${token}`, 'cache-control': 'no-store' });
    response.end();
  }

  async function handleStatic(response: ServerResponse, pathname: string): Promise<void> {
    const target = normalize(join(rendererDir, decodeURIComponent(pathname)));
    if (!target.startsWith(rendererDir + sep)) return sendJson(response, 404, failure('not-found', 'Not found.'));
    const info = await stat(target).catch(() => null);
    if (!info?.isFile()) return sendJson(response, 404, failure('not-found', 'Not found.'));
    response.writeHead(200, { 'content-type': contentTypes[extname(target)] ?? 'application/octet-stream' });
    response.end(await readFile(target));
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolveClose) => {
        options.events.closeAll();
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

const batchSchema = z.object({
  calls: z.array(z.object({ id: z.number().int(), channel: z.string(), input: z.unknown().optional() })).max(500),
});

function refuse(response: ServerResponse, status: number, body: unknown): null {
  sendJson(response, status, body);
  return null;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is drained and dropped, so the caller still gets a 413 answer
    // instead of a reset connection.
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    request.on('end', () => resolveBody(size > maxBodyBytes ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
