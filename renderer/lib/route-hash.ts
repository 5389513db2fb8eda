import { routeSchema, type Route } from '../../shared/domain/navigation';

/** Where the window is: a screen, and on the incident page the incident it shows. */
export interface RouteLocation {
  route: Route;
  focusId: string | undefined;
}

/**
 * The routes whose focus id is the page itself rather than a one-time hint: the incident page
 * without its incident has nothing to show, so the id is written in the hash and a reload keeps
 * it. Elsewhere the focus is consumed once (a wizard to start, flows to filter) and is not kept.
 */
const pageRoutes: ReadonlySet<Route> = new Set(['incident']);

/** The hash a location is written as: `#/home`, `#/incident/<id>`. */
export function hashFor(route: Route, focusId?: string): string {
  return pageRoutes.has(route) && focusId ? `#/${route}/${encodeURIComponent(focusId)}` : `#/${route}`;
}

/** The location a hash names; anything unknown is Home. */
export function locationFromHash(hash: string): RouteLocation {
  const [name = '', ...rest] = hash.replace(/^#\/?/, '').split('/');
  const parsed = routeSchema.safeParse(name);
  if (!parsed.success) return { route: 'home', focusId: undefined };
  const route = parsed.data;
  if (!pageRoutes.has(route) || rest.length === 0) return { route, focusId: undefined };
  try {
    const focusId = decodeURIComponent(rest.join('/'));
    return { route, focusId: focusId === '' ? undefined : focusId };
  } catch {
    // A hand-typed hash that is not valid percent-encoding names no incident.
    return { route, focusId: undefined };
  }
}
