import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessageKey } from './bridge';
import { onLoadStart, shownLoadState, type HeldLoad, type LoadState } from './load-state';

export type { LoadState } from './load-state';

/**
 * The one loading hook of the screens. Runs `load` whenever `key` changes (the key names
 * everything the load depends on; null: nothing to load yet), again when `freshness` changes (a
 * sync brought new data: the current value stays on screen until the new one arrives), and on
 * `refresh` (a retry after a failure shows loading). Answers to an older key or an older request
 * are dropped, so a slow read cannot overwrite a newer choice. A key and a freshness changing in
 * the same render read once.
 */
export function useLoad<T>(
  key: string | null,
  load: () => Promise<T>,
  freshness: string | null = null,
): { state: LoadState<T>; refresh: () => void } {
  const [held, setHeld] = useState<HeldLoad<T>>({ key, state: key === null ? { status: 'idle' } : { status: 'loading' } });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (key === null) {
      setHeld({ key, state: { status: 'idle' } });
      return;
    }
    let current = true;
    setHeld((previous) => onLoadStart(previous, key));
    loadRef.current().then(
      (value) => {
        if (current) setHeld({ key, state: { status: 'ready', value } });
      },
      (error: unknown) => {
        if (current) setHeld({ key, state: { status: 'error', errorKey: errorMessageKey(error) } });
      },
    );
    return () => {
      current = false;
    };
  }, [key, freshness, generation]);

  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  return { state: shownLoadState(held, key), refresh };
}
