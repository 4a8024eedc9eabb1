import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

// A TLS-terminating reverse proxy, as in a deployment (nginx, a load balancer): HTTPS outside, the
// app's plain HTTP inside, with X-Forwarded-Proto: https so the app knows the browser sees TLS
// (Secure cookies, HSTS). The certificate is self-signed, made with openssl for this run only.

export type TlsProxy = { origin: string; close: () => Promise<void> };

function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), "adp-tls-"));
  try {
    const keyFile = path.join(dir, "key.pem");
    const certFile = path.join(dir, "cert.pem");
    execFileSync(
      "openssl",
      ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", keyFile, "-out", certFile, "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
      { stdio: "ignore" },
    );
    return { key: readFileSync(keyFile), cert: readFileSync(certFile) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export type TlsProxyOptions = {
  port?: number;
  /** Requests (by method and body) the proxy answers 403 itself instead of forwarding. */
  refuse?: (method: string, body: string) => boolean;
};

/** Starts the proxy on 127.0.0.1 (port 0: any free port) in front of `target` (http://host:port). */
export async function startTlsProxy(target: string, { port = 0, refuse }: TlsProxyOptions = {}): Promise<TlsProxy> {
  const upstream = new URL(target);
  const server = https.createServer(selfSignedCertificate(), (request, response) => {
    if (!refuse || request.method === "GET" || request.method === "HEAD") return forward(request, response, request);
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks);
      if (refuse(request.method ?? "", body.toString("latin1"))) {
        response.writeHead(403, { "content-type": "text/plain" });
        response.end("refused by the TLS proxy's refuse rule");
        return;
      }
      forward(request, response, body);
    });
  });

  function forward(request: http.IncomingMessage, response: http.ServerResponse, body: http.IncomingMessage | Buffer): void {
    const forwarded = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        // Host stays the one the browser used, so the app's same-origin checks see the public origin.
        headers: { ...request.headers, "x-forwarded-proto": "https" },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forwarded.on("error", () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    if (Buffer.isBuffer(body)) forwarded.end(body);
    else body.pipe(forwarded);
  }

  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    origin: `https://127.0.0.1:${actualPort}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
