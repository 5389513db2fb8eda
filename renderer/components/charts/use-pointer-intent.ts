import { useCallback, useState, type PointerEvent } from 'react';

/**
 * Whether the pointer really moved over a chart. A chart that appears under a resting pointer (a
 * panel or a detail opening where the user just clicked) receives a move the browser makes up,
 * with no movement: without this the tooltip popped up on its own. Feed `active` to recharts'
 * Tooltip (undefined lets it follow the pointer, false keeps it shut).
 */
export function usePointerIntent(): {
  active: false | undefined;
  onPointerMove(event: PointerEvent): void;
  onPointerLeave(): void;
} {
  const [moved, setMoved] = useState(false);
  const onPointerMove = useCallback((event: PointerEvent) => {
    if (event.movementX !== 0 || event.movementY !== 0) setMoved(true);
  }, []);
  const onPointerLeave = useCallback(() => setMoved(false), []);
  return { active: moved ? undefined : false, onPointerMove, onPointerLeave };
}
