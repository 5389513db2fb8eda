import { lazy, type ComponentType } from 'react';

export interface LazyScreen {
  Screen: ComponentType;
  /** Forgets a failed load, so the next render fetches the screen's code again. */
  reset(): void;
}

/**
 * A screen whose code loads when first shown. `React.lazy` keeps a failed load failed for good;
 * this one can be told to start over, which the screen's error boundary does on "Try again".
 */
export function lazyScreen(load: () => Promise<ComponentType>): LazyScreen {
  const make = () => lazy(() => load().then((component) => ({ default: component })));
  let Loaded = make();
  return {
    Screen: function LazyLoadedScreen() {
      return <Loaded />;
    },
    reset() {
      Loaded = make();
    },
  };
}
