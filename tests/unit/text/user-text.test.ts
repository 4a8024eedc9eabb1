import { describe, expect, it } from "vitest";
import { hasUnstorableCharacter, isBlankText, StorableTextSchema, unstorableTextMessage, userText } from "@/lib/text/user-text";

const nul = "a\u0000b";
const loneHigh = "a\ud800";
const loneLow = "\udc00b";
const zeroWidth = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"];

describe("hasUnstorableCharacter", () => {
  it("finds NUL and unpaired surrogates, high or low, anywhere in the text", () => {
    for (const text of [nul, "\u0000", loneHigh, loneLow, "\ud800\ud800", "\udc00\ud800", "ok\ud83dx"]) {
      expect(hasUnstorableCharacter(text), JSON.stringify(text)).toBe(true);
    }
  });

  it("accepts ordinary text, emoji (paired surrogates), other control characters and zero-width characters", () => {
    for (const text of ["", "Kilang Plastik Maju", "résumé 😀 ok", "\ud83d\ude00", "tab\tnew\nline", "\u0001", ...zeroWidth]) {
      expect(hasUnstorableCharacter(text), JSON.stringify(text)).toBe(false);
    }
  });
});

describe("isBlankText", () => {
  it("treats white space and zero-width characters alone as blank", () => {
    for (const text of ["", "   ", "\n\t", "\u00a0", ...zeroWidth, " \u200b\ufeff "]) expect(isBlankText(text), JSON.stringify(text)).toBe(true);
  });

  it("treats any visible character as content", () => {
    for (const text of ["a", " \u200bx", "0", "😀"]) expect(isBlankText(text)).toBe(false);
  });
});

describe("userText", () => {
  const required = userText({ max: 10, tooLong: "too-long", required: "required" });
  const optional = userText({ max: 10, tooLong: "too-long" });
  const messagesOf = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message);

  it("refuses NUL and lone surrogates with the one unstorable message, before any other rule", () => {
    for (const text of [nul, loneHigh, loneLow, `${"x".repeat(20)}\u0000`]) {
      expect(messagesOf(required.safeParse(text)), JSON.stringify(text)).toEqual([unstorableTextMessage]);
      expect(messagesOf(optional.safeParse(text))).toEqual([unstorableTextMessage]);
    }
  });

  it("lets a form name its own unstorable message", () => {
    const schema = userText({ max: 10, tooLong: "too-long", required: "required", unstorable: "mine" });
    expect(messagesOf(schema.safeParse(nul))).toEqual(["mine"]);
  });

  it("does not count zero-width or white space alone as filled in", () => {
    for (const text of ["", "  ", ...zeroWidth, "\u200b \u200b"]) {
      expect(messagesOf(required.safeParse(text)), JSON.stringify(text)).toEqual(["required"]);
      expect(optional.parse(text)).toBe("");
    }
  });

  it("trims white space at both ends and keeps the text otherwise", () => {
    expect(required.parse("  Ahmad 😀 ")).toBe("Ahmad 😀");
    expect(required.parse("a\u200bb")).toBe("a\u200bb");
  });

  it("refuses text over the limit rather than cutting it", () => {
    expect(messagesOf(required.safeParse("x".repeat(11)))).toEqual(["too-long"]);
    expect(required.parse("x".repeat(10))).toBe("x".repeat(10));
  });
});

describe("StorableTextSchema", () => {
  it("refuses unstorable text and passes anything else through unchanged", () => {
    expect(StorableTextSchema.safeParse(nul).success).toBe(false);
    expect(StorableTextSchema.safeParse(loneHigh).success).toBe(false);
    expect(StorableTextSchema.parse(" \u200b ")).toBe(" \u200b ");
  });
});
