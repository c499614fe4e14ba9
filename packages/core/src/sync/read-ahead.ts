/**
 * Iterates while already asking for the next value: the producer (a connector parsing the next
 * batch) works while the consumer (the database storing this one) waits on I/O.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  try {
    for (;;) {
      const result = await next;
      if (result.done) {
        return;
      }
      next = iterator.next();
      // Awaited on the next turn; when the consumer stops first, nobody would.
      next.catch(() => undefined);
      yield result.value;
    }
  } finally {
    await iterator.return?.();
  }
}
