// Server actions are POSTs to a page's own URL, decoded by Next and React before any of our code
// runs; a malformed one (too big, not multipart, broken multipart, arguments that are not JSON or
// nested without end) makes that decoding throw, which Next answers with a 500 and a digest.
// proxy.ts screens these requests with the rules below and answers a 4xx instead.
// What Next still decides itself is listed in docs/security.md ("Malformed requests").

/**
 * The largest body a server action may have: Next's serverActions.bodySizeLimit, set to the same
 * "1mb" in next.config.js (tests/unit/http/server-action-request.test.ts keeps the two equal).
 */
export const serverActionBodyLimitBytes = 1024 * 1024;

/** Far more fields than any form of the app has (a questionnaire page or the catalogue editor: tens). */
export const serverActionFieldLimit = 1000;

/** React's encoded arguments of a FormData call nest two or three levels; anything deeper is forged. */
export const actionArgumentsDepthLimit = 32;

export type HeaderReader = { get(name: string): string | null };

export type ActionRefusal = { status: 400 | 413 | 415; message: string };

/** A request that Next would try to run as a server action: a POST to a page (not a route under /api/). */
export type ActionRequestKind = "fetch" | "form" | null;

/**
 * "fetch" for React's call of an action (the Next-Action header), "form" for a multipart post
 * without JavaScript (the action id is a form field), null for anything Next does not decode as an
 * action (GETs, route handlers under /api/, other bodies, which Next ignores on a page).
 */
export function actionRequestKind(method: string, pathname: string, headers: HeaderReader): ActionRequestKind {
  if (method.toUpperCase() !== "POST" || pathname === "/api" || pathname.startsWith("/api/")) return null;
  if (headers.get("next-action") !== null) return "fetch";
  return isMultipart(headers.get("content-type")) ? "form" : null;
}

function isMultipart(contentType: string | null): boolean {
  return contentType !== null && /^multipart\/form-data\s*;/i.test(contentType.trim());
}

function isPlainText(contentType: string | null): boolean {
  return contentType !== null && /^text\/plain\s*(;|$)/i.test(contentType.trim());
}

/**
 * True when the action id says the action uses none of its arguments: Next's ids start with a byte
 * whose low seven bits mark the arguments the action reads (next/dist/shared/lib/server-reference-info),
 * and React then posts the empty list "[]" as text/plain (the sign-out button).
 */
export function actionUsesNoArguments(actionId: string | null): boolean {
  return actionId !== null && /^[0-9a-f]{2}/i.test(actionId) && (parseInt(actionId.slice(0, 2), 16) & 0x7f) === 0;
}

/** Whether the proxy must read a text/plain body (an action that uses no arguments) or a multipart one. */
export type ActionBodyKind = "empty-arguments" | "multipart";

const tooLarge: ActionRefusal = { status: 413, message: "The request is too large." };

/**
 * The refusal the headers alone justify (a declared body over the limit, or an action call of the
 * wrong body type), else which kind of body to read. Every action of the app that uses an argument
 * takes the form's FormData (tests/unit/http/server-action-signatures.test.ts), so React posts it
 * as multipart; only an action that uses no argument gets text/plain, holding "[]".
 */
export function refuseActionByHeaders(kind: Exclude<ActionRequestKind, null>, headers: HeaderReader): ActionRefusal | ActionBodyKind {
  const length = headers.get("content-length");
  if (length !== null && Number(length) > serverActionBodyLimitBytes) return tooLarge;
  const contentType = headers.get("content-type");
  if (kind === "form" || isMultipart(contentType)) return "multipart";
  if (isPlainText(contentType) && actionUsesNoArguments(headers.get("next-action"))) return "empty-arguments";
  return { status: 415, message: "A server action that uses arguments takes a multipart/form-data body." };
}

/** The refusal for the text/plain body of an action that uses no arguments: anything but React's "[]". */
export function refuseEmptyArguments(text: string): ActionRefusal | null {
  return text === "[]" ? null : { status: 400, message: "The server action's arguments could not be read." };
}

/** The refusal for a body read in full (a chunked body declares no length). */
export function refuseActionBodySize(byteLength: number): ActionRefusal | null {
  return byteLength > serverActionBodyLimitBytes ? tooLarge : null;
}

const malformed: ActionRefusal = { status: 400, message: "The form data could not be read." };

/**
 * The refusal for the parsed fields (null fields: the multipart body could not be parsed): too many
 * fields, or, for React's call, encoded arguments (field "0") that are not a JSON array of modest
 * depth holding the FormData reference ("$K…") every action of the app expects.
 */
export function refuseActionFields(kind: Exclude<ActionRequestKind, null>, fields: readonly (readonly [string, unknown])[] | null): ActionRefusal | null {
  if (fields === null) return malformed;
  if (fields.length > serverActionFieldLimit) return { status: 413, message: "The form has too many fields." };
  if (kind === "form") return null;
  const root = fields.find(([name]) => name === "0")?.[1];
  if (typeof root !== "string" || !isActionArguments(root)) return { status: 400, message: "The server action's arguments could not be read." };
  return null;
}

/**
 * The "$" values of React's reply encoding that stand for plain data: the FormData ("$K1"), undefined,
 * NaN, the infinities, -0, a Date ("$D…"), a BigInt ("$n…"), a string that starts with "$" ("$$…").
 * Every other one (a Map, Set, Blob, promise, stream, iterator, server or temporary reference) refers
 * to more parts of the reply, which the app's forms never send and whose decoding throws when they
 * are forged.
 */
const plainReference = /^\$(?:K[0-9a-f]+|undefined|NaN|Infinity|-Infinity|-0|D.*|n-?\d+|\$.*)$/s;

/**
 * True for a JSON array, nested at most actionArgumentsDepthLimit deep, with a FormData reference
 * among its items and no "$" value other than the plain ones (plainReference) at any depth.
 */
export function isActionArguments(text: string): boolean {
  if (jsonDepth(text) > actionArgumentsDepthLimit) return false;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  if (!Array.isArray(value) || !value.some((item) => typeof item === "string" && /^\$K[0-9a-f]+$/.test(item))) return false;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === "string" && next.startsWith("$") && !plainReference.test(next)) return false;
    if (next !== null && typeof next === "object") pending.push(...Object.keys(next), ...Object.values(next));
  }
  return true;
}

/** The deepest nesting of arrays and objects in JSON text, counted without parsing (so no recursion to overflow). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === "[" || char === "{") {
      depth += 1;
      deepest = Math.max(deepest, depth);
    } else if (char === "]" || char === "}") {
      depth -= 1;
    }
  }
  return deepest;
}
