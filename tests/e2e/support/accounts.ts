import { randomUUID } from "node:crypto";
import { DEMO_PASSWORD, demoFirms, demoProgrammes, demoUsers } from "@/lib/db/demo-data";

// The demo data seeded into every fresh e2e database (lib/db/demo-data.ts), named by what the
// tests use it for. Tests fail sign-ins on these accounts only from another client address
// ([::1], login-throttle.spec.ts): the throttle counts per account and address, so the other specs,
// signing in from 127.0.0.1, are not refused.

export { DEMO_PASSWORD };

export type Credentials = { email: string; password: string };

const [admin, penangOfficer, selangorOfficer, plastikMajuManager, seriJayaManager, precisionPartsManager, plastikMajuContributor] = demoUsers;
const [penangProgramme, selangorProgramme] = demoProgrammes;
const [plastikMaju, seriJaya, precisionParts] = demoFirms;

export const demo = {
  admin,
  penangOfficer,
  selangorOfficer,
  plastikMajuManager,
  seriJayaManager,
  precisionPartsManager,
  plastikMajuContributor,
  penangProgramme,
  selangorProgramme,
  plastikMaju,
  seriJaya,
  precisionParts,
};

export const demoCredentials = (user: { email: string }): Credentials => ({ email: user.email, password: DEMO_PASSWORD });

/** A fresh, unique email so tests never share accounts and can run in any order. */
export function uniqueEmail(purpose: string): string {
  return `e2e-${purpose}-${randomUUID().slice(0, 8)}@example.com`;
}

/** A password the policy accepts (long, not common, not containing the email). */
export function strongPassword(): string {
  return `Harbour-Violet-Kettle-${randomUUID().slice(0, 6)}`;
}
