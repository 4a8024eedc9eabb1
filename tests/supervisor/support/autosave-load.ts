import type { APIRequestContext } from "@playwright/test";

// Autosave load on one draft: sequential saves, each based on the version the previous one
// returned (the API's compare-and-set), each writing a new note to one of a few indicators. The
// ledger records what the server acknowledged (200) and what it may or may not have stored (no
// answer, or an error, while a process was being killed); a read-back must hold every acknowledged
// note unless a later unacknowledged save of the same field replaced it.

type ServerState = { version: number; notes: Record<string, string | undefined> };

export class AutosaveLedger {
  acknowledged = 0;
  unacknowledged = 0;
  readonly lost: string[] = [];
  private version = 0;
  private lastAcknowledgedVersion = 0;
  private readonly expected = new Map<string, string>();
  private readonly unsure = new Map<string, Set<string>>();

  constructor(
    private readonly assessmentId: string,
    readonly fields: readonly string[],
  ) {}

  get url(): string {
    return `/api/assessments/${this.assessmentId}/answers`;
  }

  get baseVersion(): number {
    return this.version;
  }

  recordAcknowledged(field: string, value: string, version: number): void {
    if (version <= this.version) this.lost.push(`acknowledged version ${version} is not after ${this.version}`);
    this.version = version;
    this.lastAcknowledgedVersion = version;
    this.expected.set(field, value);
    this.unsure.delete(field);
    this.acknowledged += 1;
  }

  recordUnacknowledged(field: string, value: string): void {
    const values = this.unsure.get(field) ?? new Set<string>();
    values.add(value);
    this.unsure.set(field, values);
    this.unacknowledged += 1;
  }

  /** Checks the server's state against the ledger, notes what was lost, then continues from it. */
  reconcile(state: ServerState, when: string): void {
    if (state.version < this.lastAcknowledgedVersion) {
      this.lost.push(`${when}: version ${state.version} is behind the acknowledged ${this.lastAcknowledgedVersion}`);
    }
    for (const [field, value] of this.expected) {
      const stored = state.notes[field];
      if (stored !== value && !(stored !== undefined && this.unsure.get(field)?.has(stored))) {
        this.lost.push(`${when}: ${field} holds ${JSON.stringify(stored)}, acknowledged ${JSON.stringify(value)}`);
      }
    }
    this.version = state.version;
    this.lastAcknowledgedVersion = state.version;
    for (const field of this.fields) {
      const stored = state.notes[field];
      if (stored === undefined) this.expected.delete(field);
      else this.expected.set(field, stored);
    }
    this.unsure.clear();
  }
}

/** Reads the draft back the way the autosave island learns of newer answers: a save on an old version answers 409 with them. */
export async function readBack(api: APIRequestContext, ledger: AutosaveLedger): Promise<ServerState> {
  const response = await api.put(ledger.url, { data: { baseVersion: 0, patch: {} } });
  if (response.status() !== 409) throw new Error(`read-back answered ${response.status()}: ${await response.text()}`);
  const body = (await response.json()) as { error: string; version: number; answers: { notes?: Record<string, string> } };
  if (body.error !== "stale") throw new Error(`read-back answered ${JSON.stringify(body)}`);
  return { version: body.version, notes: body.answers.notes ?? {} };
}

export type Load = {
  /** Resolves once `count` more saves than now have been acknowledged. */
  acknowledgedMore(count: number, timeoutMs: number): Promise<void>;
  stop(): Promise<void>;
};

/** Starts saving in a loop until stopped. */
export function startAutosaveLoad(api: APIRequestContext, ledger: AutosaveLedger): Load {
  let stopped = false;
  let sent = 0;
  const pauseAfterFailure = () => new Promise((resolve) => setTimeout(resolve, 100));

  const loop = (async () => {
    while (!stopped) {
      const field = ledger.fields[sent % ledger.fields.length]!;
      const value = `save ${sent} at ${Date.now()}`;
      sent += 1;
      let status: number;
      let body: unknown;
      try {
        const response = await api.put(ledger.url, { data: { baseVersion: ledger.baseVersion, patch: { notes: { [field]: value } } }, timeout: 10_000 });
        status = response.status();
        body = await response.json().catch(() => null);
      } catch {
        // No answer (the server was killed mid-request, or is not listening): maybe stored, maybe not.
        ledger.recordUnacknowledged(field, value);
        await pauseAfterFailure();
        continue;
      }
      if (status === 200) {
        ledger.recordAcknowledged(field, value, (body as { version: number }).version);
      } else if (status === 409 && (body as { error?: string } | null)?.error === "stale") {
        // An earlier unanswered save was stored after all (this one was not): check and continue from what is there.
        const state = body as { version: number; answers: { notes?: Record<string, string> } };
        ledger.reconcile({ version: state.version, notes: state.answers.notes ?? {} }, "after a conflict during the load");
      } else if (status >= 500) {
        // The database is away (503/500 while it restarts): refused, and maybe stored.
        ledger.recordUnacknowledged(field, value);
        await pauseAfterFailure();
      } else {
        throw new Error(`autosave answered ${status}: ${JSON.stringify(body)}`);
      }
    }
  })();

  return {
    async acknowledgedMore(count, timeoutMs) {
      const target = ledger.acknowledged + count;
      const started = Date.now();
      while (ledger.acknowledged < target) {
        if (Date.now() - started > timeoutMs) throw new Error(`only ${ledger.acknowledged - target + count} of ${count} saves acknowledged in ${timeoutMs} ms`);
        await Promise.race([loop, new Promise((resolve) => setTimeout(resolve, 50))]);
      }
    },
    async stop() {
      stopped = true;
      await loop;
    },
  };
}
