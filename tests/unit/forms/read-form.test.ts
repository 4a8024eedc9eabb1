import { describe, expect, it } from "vitest";
import { readForm } from "@/lib/forms/read-form";

function formData(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("readForm", () => {
  it("reads text, turns a repeated name into a list, and leaves out React's own fields", () => {
    const { input } = readForm(formData([["name", "Aisyah"], ["tech", "iot"], ["tech", "cloud"], ["$ACTION_ID_abc", ""]]));
    expect(input).toEqual({ name: "Aisyah", tech: ["iot", "cloud"] });
  });

  it("gives a declared checkbox group a list even when none or one box is ticked", () => {
    expect(readForm(formData([]), { lists: ["tech"] }).input).toEqual({ tech: [] });
    expect(readForm(formData([["tech", "iot"]]), { lists: ["tech"] }).input).toEqual({ tech: ["iot"] });
  });

  it("never echoes a secret back to the page, but passes it to the schema", () => {
    const { input, echo } = readForm(formData([["email", "a@b.my"], ["password", "Harbour-Violet-Kettle"]]), { secrets: ["password"] });
    expect(input.password).toBe("Harbour-Violet-Kettle");
    expect(echo).toEqual({ email: "a@b.my" });
  });

  it("skips files: a form field that is not text is not an answer", () => {
    const data = formData([["name", "x"]]);
    data.append("upload", new Blob(["data"]), "a.txt");
    expect(readForm(data).input).toEqual({ name: "x" });
  });
});
