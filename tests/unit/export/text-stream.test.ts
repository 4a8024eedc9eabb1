import { describe, expect, it } from "vitest";
import { streamText } from "@/lib/export/text-stream";

describe("streamText", () => {
  it("pulls chunks only as the reader asks, and stops the source when the reader cancels", async () => {
    const pulled: number[] = [];
    let finished = false;
    async function* source() {
      try {
        for (let i = 0; i < 1000; i += 1) {
          pulled.push(i);
          yield `chunk ${i};`;
        }
      } finally {
        finished = true;
      }
    }
    const reader = streamText(source()).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("chunk 0;");
    expect(pulled.length).toBeLessThan(5);
    await reader.cancel();
    expect(finished).toBe(true);
    expect(pulled.length).toBeLessThan(5);
  });

  it("encodes unicode as UTF-8 and ends when the source ends", async () => {
    async function* source() {
      yield "Ürün ";
      yield "日本";
    }
    expect(await new Response(streamText(source())).text()).toBe("Ürün 日本");
  });
});
