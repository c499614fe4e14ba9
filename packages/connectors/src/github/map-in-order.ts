/** Maps with at most `limit` calls in flight, keeping the input's order in the result. */
export async function mapInOrder<T, R>(
  values: readonly T[],
  limit: number,
  map: (value: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(values.length);
  // One iterator shared by the workers hands each value to exactly one of them.
  const queue = values.entries();
  const worker = async (): Promise<void> => {
    for (const [index, value] of queue) {
      results[index] = await map(value);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, values.length) }, worker));
  return results;
}
