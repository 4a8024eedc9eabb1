import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mutatingRoutes, serverActions } from "../../e2e/support/mutating-endpoints";

// The inventory behind tests/e2e/cross-site.spec.ts: every server action and every route handler
// with a mutating method in the source tree must be in tests/e2e/support/mutating-endpoints.ts,
// whose every entry the cross-site spec must test (its case table is typed by the list).

const root = path.resolve(__dirname, "../../..");
const sourceFolders = ["app", "components", "lib"];

function sourceFiles(folder: string): string[] {
  const entries = readdirSync(path.join(root, folder), { withFileTypes: true });
  return entries.flatMap((entry) => {
    const relative = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx)$/.test(entry.name) ? [relative] : [];
  });
}

const files = sourceFolders.flatMap(sourceFiles).map((file) => ({ file, text: readFileSync(path.join(root, file), "utf8") }));

/** A module whose first statement is the "use server" directive: every export is a server action. */
function isServerActionModule(text: string): boolean {
  return /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(text);
}

/** The names a module exports as functions (what Next turns into server actions). */
function exportedFunctions(text: string): string[] {
  const declared = [...text.matchAll(/^export\s+(?:async\s+)?function\s+(\w+)/gm)].map((m) => m[1]!);
  const constants = [...text.matchAll(/^export\s+const\s+(\w+)\s*=\s*(?:async\b|\()/gm)].map((m) => m[1]!);
  const reexported = [...text.matchAll(/^export\s*\{([^}]*)\}/gm)].flatMap((m) => m[1]!.split(",").map((part) => part.trim().split(/\s+as\s+/).pop()!.trim()).filter(Boolean));
  return [...declared, ...constants, ...reexported].sort();
}

/** The mutating HTTP methods a route.ts exports, however it exports them. */
function mutatingMethods(text: string): string[] {
  const methods = ["POST", "PUT", "PATCH", "DELETE"];
  return methods.filter((method) =>
    new RegExp(`^export\\s+(?:(?:async\\s+)?function\\s+${method}\\b|const\\s+${method}\\b|\\{[^}]*\\b${method}\\b[^}]*\\})`, "m").test(text),
  );
}

describe("mutating endpoints inventory", () => {
  it("lists every server action of the source tree, and nothing that is not one", () => {
    const found: Record<string, string[]> = {};
    for (const { file, text } of files) {
      if (isServerActionModule(text)) found[file] = exportedFunctions(text);
    }
    // Inline "use server" functions inside components would escape the module rule above.
    const inline = files.filter(({ text }) => !isServerActionModule(text) && /^\s+["']use server["']/m.test(text)).map(({ file }) => file);
    expect(inline, "inline server actions: move them to an actions.ts module and list them").toEqual([]);

    const listed = Object.fromEntries(Object.entries(serverActions).map(([file, names]) => [file, [...names].sort()]));
    expect(found).toEqual(listed);
  });

  it("lists every route handler with a POST, PUT, PATCH or DELETE", () => {
    const found = files
      .filter(({ file }) => /(^|\/)route\.tsx?$/.test(file))
      .flatMap(({ file, text }) => mutatingMethods(text).map((method) => `${file} ${method}`))
      .sort();
    expect(found).toEqual(Object.keys(mutatingRoutes).sort());
  });

  it("recognises the ways an endpoint can be declared (so the inventory cannot silently miss one)", () => {
    expect(isServerActionModule(`// why\n"use server";\nexport async function a() {}`)).toBe(true);
    expect(isServerActionModule(`import x from "y";\n"use server";`)).toBe(false);
    expect(exportedFunctions(`export async function saveAction() {}\nexport const undoAction = async () => {};\nexport { x as redoAction };`)).toEqual([
      "redoAction",
      "saveAction",
      "undoAction",
    ]);
    expect(mutatingMethods(`export async function POST() {}\nexport const DELETE = handler;\nexport { handler as PATCH };\nexport function GET() {}`)).toEqual([
      "POST",
      "PATCH",
      "DELETE",
    ]);
  });
});
