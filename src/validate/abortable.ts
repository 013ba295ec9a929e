/**
 * An iterable read so that an abort signal stops the reading at once, also while the iterable waits
 * (a source that never yields, a FIFO no one writes to): each `next()` is raced against the signal.
 * On abort the iterable is asked to end (`return()`, not awaited: a generator that is waiting runs it
 * only once its wait is over) and the reading rejects with the signal's reason. Without a signal it
 * is read as `for await` reads it.
 */
export async function* abortable<T>(iterable: Iterable<T> | AsyncIterable<T>, signal: AbortSignal | undefined): AsyncGenerator<Awaited<T>> {
  if (signal === undefined) {
    yield* iterable as AsyncIterable<Awaited<T>>;
    return;
  }
  signal.throwIfAborted();
  const iterator: AsyncIterator<T> | Iterator<T> =
    Symbol.asyncIterator in iterable ? (iterable as AsyncIterable<T>)[Symbol.asyncIterator]() : (iterable as Iterable<T>)[Symbol.iterator]();
  let onAbort = (): void => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  // Rejected only by an abort, which the race below passes on; never left unhandled.
  aborted.catch(() => undefined);
  let done = false;
  try {
    for (;;) {
      const result = await Promise.race([iterator.next(), aborted]);
      if (result.done === true) {
        done = true;
        return;
      }
      signal.throwIfAborted();
      yield await result.value;
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    if (!done) {
      // Awaited when the reader stopped (a file is closed before the run ends); not after an abort,
      // when the iterable may be waiting still.
      const ended = Promise.resolve()
        .then(() => iterator.return?.())
        .catch(() => undefined);
      if (!signal.aborted) await ended;
    }
  }
}
