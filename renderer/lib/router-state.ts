import { create } from 'zustand';
import { routeSchema, type Route } from '../../shared/domain/navigation';

interface RouterState {
  route: Route;
  focusId: string | undefined;
  navigate(route: Route, focusId?: string): void;
}

/** The screen lives in the URL hash so a reload keeps the user where they were. */
function routeFromHash(): Route {
  const parsed = routeSchema.safeParse(window.location.hash.replace(/^#\/?/, ''));
  return parsed.success ? parsed.data : 'home';
}

export const useRouter = create<RouterState>((set) => ({
  route: routeFromHash(),
  focusId: undefined,
  navigate(route, focusId) {
    if (window.location.hash !== `#/${route}`) window.history.replaceState(null, '', `#/${route}`);
    set({ route, focusId });
  },
}));
