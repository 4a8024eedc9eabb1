// A response body that pulls text from an async source only as fast as the client reads it, so an
// export of 100,000 rows holds one batch in memory at a time, never the whole file.

/** UTF-8 bytes of `chunks`, read lazily; cancelling the stream (client gone) stops the source. */
export function streamText(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
