import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json";

/**
 * "sha256:" + hex digest of the canonical JSON of a value. Used to pin the content of a
 * published questionnaire version (structure and every locale's text): the database
 * refuses a known version id whose hash has changed.
 */
export function computeContentHash(value: unknown): string {
  return `sha256:${createHash("sha256").update(canonicalJson(value), "utf8").digest("hex")}`;
}
