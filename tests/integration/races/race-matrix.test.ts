// The race matrix of issue 15: every unordered pair of state-changing operations on one assessment
// (an operation with itself included) runs concurrently, each after a random 0–15 ms delay, round
// after round, and the invariants of race-world.ts are checked after every round.
//
// On PostgreSQL the two operations get their own pooled connections and truly overlap: that is where
// the races live, so it runs 30 rounds a pair there. PGlite serialises transactions, so the same
// matrix runs there with 3 rounds a pair, as a check that every operation still behaves.
import { beforeAll, describe, expect, it } from "vitest";
import { mutatingOperations, type MutatingOperation } from "@/lib/assessments/lifecycle";
import { getDb } from "@/lib/db/client";
import { programmeOfficers, programmes } from "@/lib/db/schema";
import { registerQuestionnaireVersions } from "@/lib/db/seed";
import { createUser } from "../support/fixtures";
import { questionnaire, raceOperations, type OperationResult } from "./race-operations";
import { checkInvariants, setUpRound } from "./race-world";

const mode = process.env.TEST_DB_MODE ?? "pglite";
const roundsPerPair = Number(process.env.RACE_ROUNDS ?? (mode === "postgres" ? 30 : 3));
/** Rounds run side by side on separate firms, to fit the matrix in the time budget (each round's two operations share one firm). */
const roundsAtOnce = 5;

const pairs: [MutatingOperation, MutatingOperation][] = mutatingOperations.flatMap((a, i) => mutatingOperations.slice(i).map((b) => [a, b] as [MutatingOperation, MutatingOperation]));

let ctx: Parameters<typeof setUpRound>[1];

beforeAll(async () => {
  const db = getDb();
  await registerQuestionnaireVersions(db, [{ id: questionnaire.id, contentHash: questionnaire.contentHash }]);
  const manager = await createUser({ role: "sme" });
  const officer = await createUser({ role: "officer" });
  const [programme] = await db
    .insert(programmes)
    .values({ name: "Race programme", country: "MY", questionnaireVersionId: questionnaire.id, enrolmentCode: "RACE-2026" })
    .returning({ id: programmes.id });
  await db.insert(programmeOfficers).values({ programmeId: programme!.id, userId: officer.id });
  ctx = { programmeId: programme!.id, manager: { id: manager.id, role: "sme" }, officer: { id: officer.id, role: "officer" } };
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function runRound(a: MutatingOperation, b: MutatingOperation, round: number): Promise<string[]> {
  const states = [...new Set([...raceOperations[a].states, ...raceOperations[b].states])];
  const state = states[round % states.length]!;
  const world = await setUpRound(state, ctx);
  const results: OperationResult[] = await Promise.all(
    [a, b].map(async (operation) => {
      await pause(Math.random() * 15);
      return raceOperations[operation].run(world);
    }),
  );
  const breaches = await checkInvariants(world, results);
  return breaches.map((breach) => `round ${round} from ${state} (${results.map((r) => `${r.operation}: ${r.answer}`).join("; ")}): ${breach}`);
}

describe(`the race matrix (${mode}, ${roundsPerPair} rounds a pair)`, () => {
  it("covers every unordered pair of the lifecycle's mutating operations", () => {
    expect(pairs).toHaveLength((mutatingOperations.length * (mutatingOperations.length + 1)) / 2);
    expect(Object.keys(raceOperations).sort()).toEqual([...mutatingOperations].sort());
  });

  it.each(pairs)("%s racing %s keeps every invariant", async (a, b) => {
    const breaches: string[] = [];
    for (let first = 0; first < roundsPerPair; first += roundsAtOnce) {
      const batch = Array.from({ length: Math.min(roundsAtOnce, roundsPerPair - first) }, (_, i) => runRound(a, b, first + i));
      breaches.push(...(await Promise.all(batch)).flat());
    }
    expect(breaches).toEqual([]);
  });
});
