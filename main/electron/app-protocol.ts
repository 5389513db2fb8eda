import { net, protocol } from 'electron';
import { stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { appScheme } from '../desktop/app-origin';
import { appProtocolPath } from '../desktop/app-protocol-path';

/**
 * `app:` as a standard, secure scheme: the renderer gets a real origin (`app://storepulse`), its
 * own storage and `'self'` in the CSP, without the extra privileges Chromium gives `file://`
 * (which the packaged app's fuses turn off). Electron accepts this only before `ready`.
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer on `app://storepulse/`; call once the app is ready. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(appScheme, (request) => serveAppRequest(request, rendererDir));
}

async function serveAppRequest(request: Request, rendererDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
  const target = appProtocolPath(request.url, rendererDir);
  if (target.kind === 'refused') return new Response(null, { status: target.status });
  if (!(await isFile(target.path))) return new Response(null, { status: 404 });
  return net.fetch(pathToFileURL(target.path).toString());
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
