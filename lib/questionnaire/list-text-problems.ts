import { listTextKeys } from "./list-text-keys";
import type { QuestionnaireVersion } from "./version-schema";

export type TextProblem = { key: string; problem: "missing" | "blank" | "unexpected" };

// Ids may contain hyphens but never dots (see IdSchema), so a dotted path splits cleanly.
function readPath(root: unknown, key: string): unknown {
  let node: unknown = root;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function listLeafKeys(node: unknown, prefix: string, into: string[]): string[] {
  if (node !== null && typeof node === "object") {
    for (const [key, child] of Object.entries(node)) listLeafKeys(child, prefix ? `${prefix}.${key}` : key, into);
  } else if (prefix !== "locale") {
    into.push(prefix);
  }
  return into;
}

/**
 * Compares a locale's text with the keys its version needs: missing or blank text, and
 * text for ids the structure does not have (usually a typo that would otherwise hide a
 * missing key). Works on untrusted input so it can name the key before zod rejects the shape.
 */
export function listTextProblems(version: QuestionnaireVersion, text: unknown): TextProblem[] {
  const expected = listTextKeys(version);
  const problems: TextProblem[] = [];
  for (const key of expected) {
    const value = readPath(text, key);
    if (value === undefined) problems.push({ key, problem: "missing" });
    else if (typeof value !== "string" || value.trim() === "") problems.push({ key, problem: "blank" });
  }
  const expectedSet = new Set(expected);
  for (const key of listLeafKeys(text, "", [])) {
    if (!expectedSet.has(key)) problems.push({ key, problem: "unexpected" });
  }
  return problems;
}
