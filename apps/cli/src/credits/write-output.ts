/**
 * Writes chunks in order, waiting whenever the stream asks the writer to (backpressure). A reader
 * that goes away (`moduleboard credits … | head`) ends the writing quietly instead of crashing.
 */
export async function writeChunks(
  stream: NodeJS.WritableStream,
  chunks: Iterable<string | Uint8Array>,
): Promise<void> {
  let failure: Error | undefined;
  const onError = (error: Error) => {
    failure = error;
  };
  stream.on('error', onError);
  try {
    for (const chunk of chunks) {
      if (failure !== undefined) {
        break;
      }
      if (!stream.write(chunk)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            stream.off('drain', done);
            stream.off('error', done);
            resolve();
          };
          stream.on('drain', done);
          stream.on('error', done);
        });
      }
    }
  } finally {
    stream.off('error', onError);
  }
  if (failure !== undefined && (failure as NodeJS.ErrnoException).code !== 'EPIPE') {
    throw failure;
  }
}
