import { isAbsolute, join, relative } from 'node:path';
import { appHost, appScheme } from './app-origin';

export type AppProtocolPath = { kind: 'file'; path: string } | { kind: 'refused'; status: 403 };

const rawPathPattern = new RegExp(`^${appScheme}://${appHost}(/[^?#]*)?(?:[?#].*)?$`, 'i');

/**
 * Which file of the built renderer an `app://` request reads. Only `app://storepulse/` is served,
 * and only files under `rendererDir`: the path is checked segment by segment on the URL as written,
 * because URL parsing folds `..` and `%2e%2e` away silently and would hide an attempt to climb out.
 * Whether the file exists is for the caller to find out (404).
 */
export function appProtocolPath(url: string, rendererDir: string): AppProtocolPath {
  const refused = { kind: 'refused', status: 403 } as const;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refused;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost || parsed.username !== '' || parsed.password !== '') return refused;
  const rawPath = rawPathPattern.exec(url)?.[1] ?? '/';
  if (rawPath === '/') return { kind: 'file', path: join(rendererDir, 'index.html') };
  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split('/')) {
    const segment = decodeSegment(raw);
    if (segment === null || !isPlainSegment(segment)) return refused;
    segments.push(segment);
  }
  const path = join(rendererDir, ...segments);
  const inside = relative(rendererDir, path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return refused;
  return { kind: 'file', path };
}

function decodeSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** A file or folder name as the build writes them: no dot segment, separator, drive, stream or NUL. */
function isPlainSegment(segment: string): boolean {
  if (segment === '' || segment === '.' || segment === '..') return false;
  return !/[/\\:\0]/.test(segment);
}
