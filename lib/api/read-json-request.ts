import { apiError } from "./responses";

// Reading a JSON request body defensively: the public API takes bodies from anyone, so the
// size is capped while reading (a missing or false Content-Length must not let a client
// stream megabytes into memory), and every way a body can be unreadable gets its own 4xx.

export type JsonRequestBody = { ok: true; value: unknown } | { ok: false; response: Response };

/** application/json, with or without parameters, and any "+json" structured syntax suffix. */
export function isJsonMediaType(contentType: string | null): boolean {
  if (contentType === null) return false;
  const essence = contentType.split(";")[0]!.trim().toLowerCase();
  return essence === "application/json" || (essence.startsWith("application/") && essence.endsWith("+json"));
}

/**
 * The parsed JSON body of `request`, or the error answer to send: 415 when the Content-Type is
 * not JSON, 413 when the body exceeds `maxBytes`, 400 invalid_json when it is empty, not UTF-8
 * or not JSON, 400 invalid_body when it holds a "__proto__" key anywhere.
 */
export async function readJsonRequest(request: Request, maxBytes: number): Promise<JsonRequestBody> {
  if (!isJsonMediaType(request.headers.get("content-type"))) {
    return fail(apiError(415, "unsupported_media_type", 'Send the body as JSON with "Content-Type: application/json".'));
  }
  const tooLarge = () => fail(apiError(413, "payload_too_large", `The request body is larger than ${maxBytes} bytes.`));
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) return tooLarge();

  let bytes: Uint8Array | null;
  try {
    bytes = await readAtMost(request.body, maxBytes);
  } catch {
    return fail(apiError(400, "invalid_json", "The request body could not be read."));
  }
  if (bytes === null) return tooLarge();
  if (bytes.length === 0) return fail(apiError(400, "invalid_json", "The request body is empty; send a JSON object."));

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail(apiError(400, "invalid_json", "The request body is not valid UTF-8."));
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    // The parser's own message says where it stopped; deep nesting can also overflow the stack.
    const detail = error instanceof SyntaxError ? ` (${error.message})` : "";
    return fail(apiError(400, "invalid_json", `The request body is not valid JSON${detail}.`));
  }
  const protoPath = findProtoKey(value);
  if (protoPath !== null) {
    return fail(
      apiError(400, "invalid_body", "The request body does not match the schema; see fields.", {
        fields: Object.fromEntries([[protoPath, 'The key "__proto__" is not accepted.']]),
      }),
    );
  }
  return { ok: true, value };
}

/**
 * The dotted path of the first "__proto__" key, or null. zod drops such keys from records
 * without a word (an answer keyed "__proto__" would vanish instead of being reported), and
 * no legitimate id has that name, so the API refuses them outright. Iterative, so a deeply
 * nested body cannot overflow the stack.
 */
function findProtoKey(root: unknown): string | null {
  // Paths are built only for the hit: a body nested thousands deep must not build thousands of paths.
  type Node = { value: unknown; key: string; parent: Node | null };
  const pathOf = (node: Node) => {
    const keys: string[] = [];
    for (let at: Node | null = node; at !== null && at.parent !== null; at = at.parent) keys.push(at.key);
    return keys.reverse().join(".");
  };
  const pending: Node[] = [{ value: root, key: "", parent: null }];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    const { value } = node;
    if (value === null || typeof value !== "object") continue;
    for (const key of Object.keys(value)) {
      if (key === "__proto__") return pathOf({ value: null, key, parent: node });
      pending.push({ value: (value as Record<string, unknown>)[key], key, parent: node });
    }
  }
  return null;
}

function fail(response: Response): JsonRequestBody {
  return { ok: false, response };
}

/** The whole stream, or null as soon as it passes `maxBytes` (the rest is never read). */
async function readAtMost(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array | null> {
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
