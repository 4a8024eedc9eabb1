// Reads the text a PDF shows, enough to assert on a report: react-pdf compresses each content
// stream with Flate and writes text as hex or literal strings in TJ/Tj operators, in Helvetica's
// WinAnsi encoding, so inflating the streams and decoding those strings gives the printed lines.
import { inflateSync } from "node:zlib";

/** WinAnsi (Windows-1252) code points 0x80–0x9F that differ from Latin-1. */
const winAnsiHigh: Record<number, string> = {
  0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰", 0x8a: "Š", 0x8b: "‹", 0x8c: "Œ", 0x8e: "Ž",
  0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9a: "š", 0x9b: "›", 0x9c: "œ", 0x9e: "ž", 0x9f: "Ÿ",
};

const decodeBytes = (bytes: number[]) => bytes.map((b) => winAnsiHigh[b] ?? String.fromCharCode(b)).join("");

function decodeHex(hex: string): string {
  const clean = hex.replace(/\s+/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < clean.length; i += 2) bytes.push(parseInt(clean.slice(i, i + 2).padEnd(2, "0"), 16));
  return decodeBytes(bytes);
}

function decodeLiteral(body: string): string {
  const escapes: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", "(": "(", ")": ")", "\\": "\\" };
  const unescaped = body.replace(/\\([0-7]{1,3}|.)/g, (_, e: string) => (/^[0-7]+$/.test(e) ? String.fromCharCode(parseInt(e, 8)) : (escapes[e] ?? e)));
  return decodeBytes([...unescaped].map((c) => c.charCodeAt(0)));
}

/** The strings of one TJ array or Tj operand, joined (kerning numbers dropped). */
function decodeOperand(operand: string): string {
  let text = "";
  for (const match of operand.matchAll(/<([0-9a-fA-F\s]*)>|\(((?:\\.|[^\\)])*)\)/g)) text += match[1] !== undefined ? decodeHex(match[1]) : decodeLiteral(match[2] ?? "");
  return text;
}

/** Every content stream of the PDF, inflated (streams that are not Flate are skipped). */
export function inflatedStreams(pdf: Buffer): string[] {
  const raw = pdf.toString("latin1");
  const streams: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf("endstream", start);
    if (end < 0) continue;
    try {
      streams.push(inflateSync(Buffer.from(raw.slice(start, end), "latin1")).toString("latin1"));
    } catch {
      // an uncompressed or binary stream (font, image): holds no text operators we need
    }
  }
  return streams;
}

/** The text runs the PDF draws, one per TJ/Tj operator, in drawing order. */
export function extractPdfTextRuns(pdf: Buffer): string[] {
  const runs: string[] = [];
  for (const stream of inflatedStreams(pdf)) {
    for (const match of stream.matchAll(/\[((?:<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)|[-\d.\s])*)\]\s*TJ|(<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\))\s*Tj/g)) {
      runs.push(decodeOperand(match[1] ?? match[2] ?? ""));
    }
  }
  return runs;
}

/**
 * All the text of the PDF as one string with single spaces: lines are broken at spaces, so a
 * sentence that wraps onto the next line reads whole again.
 */
export function extractPdfText(pdf: Buffer): string {
  return extractPdfTextRuns(pdf).join(" ").replace(/\s+/g, " ");
}
