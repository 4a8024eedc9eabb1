// Preloaded (`node --require`) into the Next.js server that scripts/start.ts supervises: Next is not
// our code, so this is how it learns that its supervisor is gone. start.ts spawns the server with an
// IPC channel it never uses; the channel closes however the supervisor ends, kill -9 included, and
// the server then stops as on a SIGTERM (finishing the requests in flight) instead of running on as
// an orphan next to a database that is stopping too. Plain CommonJS: it loads before any TypeScript
// tooling, in a process started by plain `node`.
"use strict";

/**
 * Next's own SIGTERM handling finishes the requests in flight, but clients that keep sending on
 * open connections can hold it up for good; and the database is stopping at the same moment (it
 * watches the supervisor too), so what is left would fail anyway. Past this, the server is ended.
 */
const graceMs = 5_000;

if (process.channel) {
  // The channel alone must not keep the server alive (Next ends itself on a stop).
  process.channel.unref();
  process.once("disconnect", () => {
    setTimeout(() => process.exit(1), graceMs).unref();
    process.kill(process.pid, "SIGTERM");
  });
}
