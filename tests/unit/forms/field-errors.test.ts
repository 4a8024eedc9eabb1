import { describe, expect, it } from "vitest";
import { z } from "zod";
import { echoFormValues, translateFieldErrors } from "@/lib/forms/field-errors";
import { createTranslator } from "@/lib/i18n";

describe("translateFieldErrors", () => {
  const schema = z.object({ name: z.string().min(1, "errors.nameRequired"), age: z.number() });

  it("gives one translated message per field, in the reader's language", () => {
    const parsed = schema.safeParse({ name: "", age: "x" });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(translateFieldErrors(parsed.error, createTranslator("en"))).toEqual({ name: "Enter your name.", age: "Enter this information." });
    expect(translateFieldErrors(parsed.error, createTranslator("ms")).name).not.toBe("Enter your name.");
  });

  it("never echoes omitted fields such as passwords", () => {
    const form = new FormData();
    form.set("email", "a@b.example");
    form.set("password", "secret-secret-secret");
    form.set("$ACTION_ID_1", "x");
    expect(echoFormValues(form, ["password"])).toEqual({ email: "a@b.example" });
  });
});
