import { create } from 'zustand';
import type { Route } from '../../shared/domain/navigation';
import { hashFor, locationFromHash } from './route-hash';

interface RouterState {
  route: Route;
  focusId: string | undefined;
  navigate(route: Route, focusId?: string): void;
}

/** The screen (and the incident page's incident) lives in the URL hash so a reload keeps the user where they were. */
export const useRouter = create<RouterState>((set) => ({
  ...locationFromHash(window.location.hash),
  navigate(route, focusId) {
    const hash = hashFor(route, focusId);
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
    set({ route, focusId });
  },
}));
