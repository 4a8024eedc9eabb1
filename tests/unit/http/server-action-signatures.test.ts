import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { serverActions } from "../../e2e/support/mutating-endpoints";

// proxy.ts refuses the call of an action that uses arguments unless it is multipart, and that of an
// action that uses none unless it is "[]" (lib/http/server-action-request.ts). React posts multipart
// exactly when the arguments hold a FormData, which a form action always passes. So every action
// must take the form's FormData last, or nothing; one called with other arguments would be refused.

const root = path.resolve(__dirname, "../../..");

/** The parameter list of an exported function declaration, or null when not found. */
function parameters(text: string, name: string): string | null {
  const match = new RegExp(`export\\s+async\\s+function\\s+${name}\\s*\\(([^)]*)\\)`).exec(text);
  return match ? match[1]!.trim() : null;
}

describe("server action signatures", () => {
  const actions = Object.entries(serverActions).flatMap(([file, names]) => names.map((name) => ({ file, name })));

  it.each(actions)("$name ($file) takes a FormData last, or nothing", ({ file, name }) => {
    const list = parameters(readFileSync(path.join(root, file), "utf8"), name);
    expect(list, "declared as `export async function name(…)`").not.toBeNull();
    if (list === "") return;
    expect(list!.split(",").pop()!.trim()).toMatch(/:\s*FormData$/);
  });
});
