// Schemas carry lib/i18n message keys as their error messages, so one schema serves the browser and
// the server in any language. A message that needs figures ("this summary has {count} words")
// carries them in the same string, since resolvers pass on only the message: "key|{json}".

export type MessageRef = { key: string; values?: Record<string, string | number> };

/** The error message for a key with figures, e.g. messageRef("catalogue.errors.tooFewWords", { count: 2 }). */
export function messageRef(key: string, values?: Record<string, string | number>): string {
  return values && Object.keys(values).length > 0 ? `${key}|${JSON.stringify(values)}` : key;
}

/** Reads what messageRef wrote; a plain key (or any other text) comes back as the key. */
export function parseMessageRef(message: string): MessageRef {
  const bar = message.indexOf("|");
  if (bar < 0) return { key: message };
  try {
    const values = JSON.parse(message.slice(bar + 1)) as unknown;
    if (values && typeof values === "object" && !Array.isArray(values)) return { key: message.slice(0, bar), values: values as MessageRef["values"] };
  } catch {
    // Not ours: show it as written.
  }
  return { key: message };
}
