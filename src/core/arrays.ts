// Indexing that states its assumption: `at(items, i)` is items[i] when the index is in range,
// and a programming error otherwise, so code under noUncheckedIndexedAccess reads plainly.

/** The item at `index`; throws when there is none (an index the caller computed is wrong). */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`index ${index} is outside 0..${items.length - 1}`);
  return item;
}

/** The last item; throws on an empty list. */
export function last<T>(items: readonly T[]): T {
  return at(items, items.length - 1);
}
