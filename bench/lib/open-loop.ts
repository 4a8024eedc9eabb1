// Load senders for latency under interference (see "pglite-isolation" in bench/README.md for why):
// an open-loop sender keeps a fixed schedule whatever the server does, so a request that arrives
// while the server is stalled waits and the wait is in its latency; a closed loop (each client
// sends again only once answered) would send less exactly while the server is stalled and hide it.
import http from "node:http";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type Target = { base: string; path: string; headers?: Record<string, string>; expect?: number[] };

/** One GET; resolves with the time from sending to the last byte of the answer, in ms. */
export function timedGet(agent: http.Agent, target: Target): Promise<number> {
  const url = new URL(target.path, target.base);
  const expected = target.expect ?? [200];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get({ agent, host: url.hostname, port: url.port, path: url.pathname + url.search, headers: target.headers, timeout: 30_000 }, (response) => {
      response.resume();
      response.once("end", () =>
        expected.includes(response.statusCode ?? 0) ? resolve(performance.now() - started) : reject(new Error(`${target.path}: HTTP ${response.statusCode}`)),
      );
    });
    request.once("timeout", () => request.destroy(new Error(`${target.path}: timed out`)));
    request.once("error", reject);
  });
}

/** Opens `count` keep-alive connections before timing starts, so connection set-up is not in the figures. */
export async function openConnections(agent: http.Agent, target: Target, count: number): Promise<void> {
  await Promise.all(Array.from({ length: count }, () => timedGet(agent, target).catch(() => 0)));
}

/** Sends `target` at `rate` per second for `seconds`, without waiting for earlier answers. */
export async function fixedRate(agent: http.Agent, target: Target, rate: number, seconds: number): Promise<{ samples: number[]; errors: string[] }> {
  const interval = 1000 / rate;
  const total = Math.round(rate * seconds);
  const samples: number[] = [];
  const errors: string[] = [];
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = start + i * interval - performance.now();
    if (wait > 0) await sleep(wait);
    inFlight.push(timedGet(agent, target).then((ms) => void samples.push(ms), (error: Error) => void errors.push(error.message)));
  }
  await Promise.all(inFlight);
  return { samples, errors };
}

/** `clients` closed loops on `target` until `stop()`; `started` resolves once each has had one answer. */
export function closedLoops(target: Target, clients: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const samples: number[] = [];
  const errors: string[] = [];
  let running = true;
  let firstAnswers = 0;
  let markStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const loop = async () => {
    let first = true;
    while (running) {
      try {
        samples.push(await timedGet(agent, target));
      } catch (error) {
        errors.push((error as Error).message);
      }
      if (first && ++firstAnswers === clients) markStarted();
      first = false;
    }
  };
  const loops = Array.from({ length: clients }, loop);
  return {
    started,
    samples,
    errors,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      agent.destroy();
    },
  };
}
