import { hash, verify } from "@node-rs/argon2";

// OWASP Password Storage Cheat Sheet minimum for argon2id: m=19 MiB, t=2, p=1.
const ARGON2ID = 2; // Algorithm.Argon2id; the package exports it as a const enum, which isolatedModules cannot inline.
export const passwordHashOptions = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, passwordHashOptions);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash is a failed login, never a crash
  }
}

// Verifying against a fixed hash when the account does not exist keeps the response time the same,
// so timing does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;
export async function spendDecoyVerification(password: string): Promise<void> {
  decoyHash ??= hashPassword("decoy-password-for-timing-equalisation");
  await verifyPassword(await decoyHash, password);
}
