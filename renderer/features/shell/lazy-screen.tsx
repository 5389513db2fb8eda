import { lazy, type ComponentType } from 'react';

export interface LazyScreen {
  Screen: ComponentType;
  /** Forgets a failed load, so the next render fetches the screen's code again. */
  reset(): void;
}

const failedModulePattern = /(?:dynamically imported module|importing a module script failed)[^a-z]*((?:https?|app|file):\/\/\S+?\.js)\b/i;

/** The address of the chunk a failed dynamic import names, when the browser says it. */
export function failedModuleUrl(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  return failedModulePattern.exec(error.message)?.[1] ?? null;
}

/**
 * A screen whose code loads when first shown. `React.lazy` keeps a failed load failed for good,
 * and Chromium keeps a failed `import()` of an address failed for the page's lifetime too; so on
 * "Try again" (the screen's error boundary calls `reset`) the chunk the browser named is asked for
 * again under a fresh query, which the app's file server ignores.
 */
export function lazyScreen<Module>(load: () => Promise<Module>, pick: (module: Module) => ComponentType): LazyScreen {
  let failedUrl: string | null = null;
  let attempt = 0;
  const fetchModule = (): Promise<Module> => {
    if (failedUrl === null || attempt === 0) return load();
    return import(/* @vite-ignore */ `${failedUrl}?retry=${attempt}`) as Promise<Module>;
  };
  const make = () =>
    lazy(async () => {
      try {
        return { default: pick(await fetchModule()) };
      } catch (error) {
        failedUrl = failedModuleUrl(error) ?? failedUrl;
        throw error;
      }
    });
  let Loaded = make();
  return {
    Screen: function LazyLoadedScreen() {
      return <Loaded />;
    },
    reset() {
      attempt += 1;
      Loaded = make();
    },
  };
}
