import { routeSchema, type NavigateEvent } from '../../shared/domain/navigation';

export const deepLinkScheme = 'storepulse';

const idPattern = /^[A-Za-z0-9_.:-]{1,200}$/;

/**
 * `storepulse://incident/<id>` opens that incident's page; `storepulse://alert/<id>` (links from
 * before incidents) opens Home on that alert; `storepulse://<screen>` opens a screen. Anything else
 * is refused (null): a link comes from outside the app and is never trusted further than a screen
 * name and a plain id.
 */
export function parseDeepLink(link: string): NavigateEvent | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== `${deepLinkScheme}:`) return null;
  // `storepulse://alert/x` parses with host "alert" and path "/x"; `storepulse:alert/x` without.
  const parts = [url.host, ...url.pathname.split('/')].filter((part) => part.length > 0);
  const [kind, rawId, ...rest] = parts;
  if (rest.length > 0 || kind === undefined) return null;
  if (kind === 'alert' || kind === 'incident') {
    const id = plainId(rawId);
    if (id === null) return null;
    return kind === 'alert' ? { route: 'home', focusId: id } : { route: 'incident', focusId: id };
  }
  const route = routeSchema.safeParse(kind);
  return route.success && rawId === undefined ? { route: route.data } : null;
}

/** The id of a link, decoded, when it is one of ours in shape; null for anything else. */
function plainId(rawId: string | undefined): string | null {
  if (rawId === undefined) return null;
  let id: string;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    return null;
  }
  return idPattern.test(id) ? id : null;
}

/**
 * Windows and Linux hand a clicked link to the app as a command-line argument (of the second
 * instance when one already runs); the first one that parses wins.
 */
export function deepLinkInArgv(argv: readonly string[]): NavigateEvent | null {
  for (const arg of argv) {
    if (!arg.toLowerCase().startsWith(`${deepLinkScheme}:`)) continue;
    const target = parseDeepLink(arg);
    if (target) return target;
  }
  return null;
}
