import { describe, expect, it } from "vitest";
import { z } from "zod";
import { translateFieldErrors } from "@/lib/forms/field-errors";
import { messageRef } from "@/lib/forms/message-ref";
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

  it("fills a message's figures carried with its key", () => {
    const counted = z.object({ summary: z.string().refine(() => false, messageRef("catalogue.errors.summaryTooShort", { words: 2, min: 80 })) });
    const parsed = counted.safeParse({ summary: "two words" });
    if (parsed.success) throw new Error("expected a refusal");
    const message = translateFieldErrors(parsed.error, createTranslator("en")).summary;
    expect(message).toBe("Write at least 80 words; this one has 2.");
    expect(message).not.toContain("catalogue.errors");
  });
});
