import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessageKey } from '../../lib/bridge';

export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; errorKey: string };

/**
 * Runs `load` whenever `key` changes (the key names everything the load depends on) and again on
 * `refresh`. A refresh keeps the current value on screen until the new one arrives, so a sync
 * finishing in the background does not blank the chart; a new key shows loading at once. Answers
 * to an older key are dropped, so a slow read cannot overwrite a newer choice.
 */
export function useLoad<T>(key: string | null, load: () => Promise<T>): { state: LoadState<T>; refresh: () => void } {
  const [state, setState] = useState<LoadState<T>>(key === null ? { status: 'idle' } : { status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const shownKey = useRef<string | null>(null);

  useEffect(() => {
    if (key === null) {
      shownKey.current = null;
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    // A new key, or a retry after a failure, shows loading; a refresh keeps what is on screen.
    setState((previous) => (shownKey.current !== key || previous.status === 'error' ? { status: 'loading' } : previous));
    loadRef.current().then(
      (value) => {
        if (!current) return;
        shownKey.current = key;
        setState({ status: 'ready', value });
      },
      (error: unknown) => {
        if (!current) return;
        shownKey.current = key;
        setState({ status: 'error', errorKey: errorMessageKey(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [key, generation]);

  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  return { state, refresh };
}
