// Results that are costly to compute and change only when their source data does: each entry is
// kept with the stamp of the data it was computed from (a value the caller reads cheaply from the
// database, e.g. counts and latest update times), and is reused only while the stamp is the same.
// The stamp comes from the shared database, so every instance of the app sees the same change at
// once; nothing here is a time-to-live guess. Calls that miss together share one computation.

export type StampedMemo<V> = {
  /** The value for `key` computed from data stamped `stamp`: reused when stored under that stamp, else computed. */
  get(key: string, stamp: string, compute: () => Promise<V>): Promise<V>;
  /** Number of keys held (for tests and diagnostics). */
  readonly size: number;
};

export function stampedMemo<V>(options: { maxEntries: number }): StampedMemo<V> {
  if (!Number.isInteger(options.maxEntries) || options.maxEntries < 1) throw new Error("maxEntries must be a positive integer");
  // A Map keeps insertion order: re-inserting on use makes the first key the least recently used.
  const entries = new Map<string, { stamp: string; value: Promise<V> }>();
  return {
    get(key, stamp, compute) {
      const held = entries.get(key);
      if (held && held.stamp === stamp) {
        entries.delete(key);
        entries.set(key, held);
        return held.value;
      }
      const value = compute();
      entries.delete(key);
      entries.set(key, { stamp, value });
      while (entries.size > options.maxEntries) entries.delete(entries.keys().next().value!);
      // A failed computation is not kept: the next call tries again.
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    get size() {
      return entries.size;
    },
  };
}
