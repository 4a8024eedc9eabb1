// A local SMTP server the delivery tests start themselves (smtp-server), on a free loopback port:
// it records what it receives and can be told to refuse recipients.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type ReceivedEmail = { envelopeTo: string[]; authenticatedAs: string | null; headers: Record<string, string>; text: string };

export type SmtpSink = {
  port: number;
  received: ReceivedEmail[];
  /** While true, every recipient is refused with 550 (as a server that does not know the mailbox). */
  refuseRecipients: boolean;
  close: () => Promise<void>;
};

function decodeQuotedPrintable(encoded: string): string {
  const joined = encoded.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i]!, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

/** Headers (unfolded, lower-case names) and the text body, decoded from quoted-printable when so encoded. */
export function parseMessage(raw: string): { headers: Record<string, string>; text: string } {
  const split = raw.indexOf("\r\n\r\n");
  const headerBlock = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const headers = Object.fromEntries(
    headerBlock.split("\r\n").map((line) => {
      const colon = line.indexOf(":");
      return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
    }),
  );
  let text = raw.slice(split + 4);
  if (/quoted-printable/i.test(headers["content-transfer-encoding"] ?? "")) text = decodeQuotedPrintable(text);
  return { headers, text: text.replace(/\r\n/g, "\n") };
}

export async function startSmtpSink(credentials: { user: string; pass: string }): Promise<SmtpSink> {
  const sink: SmtpSink = { port: 0, received: [], refuseRecipients: false, close: async () => {} };
  const server = new SMTPServer({
    logger: false,
    // Plain SMTP on loopback: no certificate to trust, and AUTH allowed without TLS for the test only.
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authOptional: false,
    onAuth(auth, _session, callback) {
      if (auth.username === credentials.user && auth.password === credentials.pass) callback(null, { user: auth.username });
      else callback(new Error("Invalid username or password"));
    },
    onRcptTo(_address, _session, callback) {
      if (!sink.refuseRecipients) return callback();
      callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        sink.received.push({
          envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address),
          authenticatedAs: typeof session.user === "string" ? session.user : null,
          ...parseMessage(Buffer.concat(chunks).toString("utf8")),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  sink.port = (server.server.address() as AddressInfo).port;
  sink.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return sink;
}
