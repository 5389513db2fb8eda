import type { Operand } from '../filter-rules';

/**
 * Sorts by one key (`name` ascending, `-name` descending) the way the spec's `sort` parameters
 * read; ties keep the incoming order, so pages stay stable.
 */
export function sortBy<T>(items: readonly T[], sort: string | undefined, keyOf: (item: T, field: string) => Operand | null): T[] {
  if (sort === undefined) return [...items];
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  const direction = descending ? -1 : 1;
  return items
    .map((item, index) => ({ item, index, key: keyOf(item, field) }))
    .sort((a, b) => {
      if (a.key === b.key) return a.index - b.index;
      if (a.key === null) return 1;
      if (b.key === null) return -1;
      return (a.key < b.key ? -1 : 1) * direction;
    })
    .map(({ item }) => item);
}
