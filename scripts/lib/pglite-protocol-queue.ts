// A fix for @electric-sql/pglite-socket 0.2.17's query queue (upstream issue electric-sql/pglite#1046,
// fix proposed in PR #977, neither released). PGlite is one Postgres session shared by every socket
// connection; the queue hands it one protocol message at a time and keeps a connection's turn only
// while a SQL transaction is open. An extended-protocol batch (Parse, Bind, Describe, Execute …
// Sync), which is how `pg` sends every parameterised query, is not a transaction, so two
// connections' batches interleave: B's Parse replaces the unnamed statement between A's Parse and
// A's Bind ("bind message supplies 5 parameters, but prepared statement "" requires 4", or, when
// the shapes match, wrong rows). Second defect: a message that throws leaves the queue marked busy
// for ever, and every later query on every connection hangs.
//
// installProtocolQueue keeps the connection's turn from its first extended-protocol message until
// its Sync, as a Postgres backend does, and lets the queue go on after a failure.
import type { PGlite } from "@electric-sql/pglite";
import type { PGLiteSocketServer } from "@electric-sql/pglite-socket";

type QueuedMessage = {
  handlerId: number;
  message: Uint8Array;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
  onData: (data: Uint8Array) => void;
};

/** The fields of pglite-socket's QueryQueueManager this fix reads and replaces (private in its types). */
type QueueInternals = {
  queue: QueuedMessage[];
  processing: boolean;
  db: PGlite;
  lastHandlerId: number | null;
  processQueue: () => Promise<void>;
  clearQueueForHandler: (handlerId: number) => void;
};

const code = (letter: string) => letter.charCodeAt(0);
/** Parse, Bind, Describe, Execute, Close, Flush: messages of a batch that only Sync ends. */
const batchMessages = new Set(["P", "B", "D", "E", "C", "H"].map(code));
const sync = code("S");
const simpleQuery = code("Q");

export function installProtocolQueue(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: QueueInternals }).queryQueue;
  if (!queue || !Array.isArray(queue.queue) || typeof queue.processQueue !== "function") {
    throw new Error("pglite-socket's query queue has changed shape: review scripts/lib/pglite-protocol-queue.ts");
  }
  let inBatch = false;

  const nextMessage = (): QueuedMessage | undefined => {
    const owner = queue.lastHandlerId;
    if ((inBatch || queue.db.isInTransaction()) && owner !== null) {
      // Only the connection whose batch or transaction is open may go on; the others wait.
      const index = queue.queue.findIndex((item) => item.handlerId === owner);
      return index === -1 ? undefined : queue.queue.splice(index, 1)[0];
    }
    return queue.queue.shift();
  };

  queue.processQueue = async function processQueue(): Promise<void> {
    if (queue.processing || queue.queue.length === 0) return;
    queue.processing = true;
    try {
      for (let item = nextMessage(); item; item = nextMessage()) {
        const current = item;
        let bytes = 0;
        try {
          await queue.db.runExclusive(() =>
            queue.db.execProtocolRawStream(current.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                current.onData(data);
              },
            }),
          );
        } catch (error) {
          // The session answers the failed batch with an error and waits for Sync, like Postgres.
          queue.lastHandlerId = current.handlerId;
          current.reject(error);
          continue;
        }
        queue.lastHandlerId = current.handlerId;
        const type = current.message[0]!;
        if (type === sync || type === simpleQuery) inBatch = false;
        else if (batchMessages.has(type)) inBatch = true;
        current.resolve(bytes);
      }
    } finally {
      queue.processing = false;
    }
  };

  const clearQueueForHandler = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clearQueueForHandler(handlerId);
    // A connection that went away in the middle of a batch must not hold the session: end its batch
    // with a Sync of our own (answer discarded), which also clears an error state waiting for one.
    if (queue.lastHandlerId === handlerId && inBatch) {
      const ignore = () => undefined;
      queue.queue.unshift({ handlerId, message: new Uint8Array([sync, 0, 0, 0, 4]), resolve: ignore, reject: ignore, onData: ignore });
      void queue.processQueue();
    }
  };
}
