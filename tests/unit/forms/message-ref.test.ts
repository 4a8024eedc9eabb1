import { describe, expect, it } from "vitest";
import { createMessageReader } from "@/components/forms/form-messages";
import { messageRef, parseMessageRef } from "@/lib/forms/message-ref";

describe("message references", () => {
  it("carries a key with its figures through one string, as resolvers pass on only the message", () => {
    const ref = messageRef("catalogue.errors.tooFewWords", { count: 2, language: "Malay" });
    expect(parseMessageRef(ref)).toEqual({ key: "catalogue.errors.tooFewWords", values: { count: 2, language: "Malay" } });
    expect(messageRef("errors.required")).toBe("errors.required");
    expect(parseMessageRef("errors.required")).toEqual({ key: "errors.required" });
  });

  it("reads text that is not a reference as it is", () => {
    expect(parseMessageRef("a|not json")).toEqual({ key: "a|not json" });
  });
});

describe("the browser's message reader", () => {
  const read = createMessageReader({
    language: "en",
    texts: { "errors.required": "Answer this.", "catalogue.errors.tooFewWords": "{language}: write at least 80 words; this one has {count, plural, one {# word} other {# words}}." },
  });

  it("fills figures with the language's plural forms and digit grouping", () => {
    expect(read(messageRef("catalogue.errors.tooFewWords", { count: 1, language: "Malay" }))).toBe("Malay: write at least 80 words; this one has 1 word.");
    expect(read(messageRef("catalogue.errors.tooFewWords", { count: 1200, language: "English" }))).toBe("English: write at least 80 words; this one has 1,200 words.");
  });

  it("shows zod's own default messages as a sentence in the reader's language", () => {
    expect(read("Invalid input: expected string, received undefined")).toBe("Answer this.");
  });
});
