// The scan itself, for scripts/security-scan.sh (which installs wapiti and starts the app): puts the
// TLS proxy in front of the app, signs in as the demo SME manager through it, hands wapiti that
// session, runs exactly the modules of the brief, and fails on any finding.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import https from "node:https";
import path from "node:path";
import { startTlsProxy } from "./tls-proxy";

const modules = "http_headers,csp,cookieflags,xss,sql";
const demoSme = { email: "manager@plastikmaju.example", password: "Readiness-Demo-2026!" };

type SetCookie = { name: string; value: string; path: string; secure: boolean; httpOnly: boolean };

function parseSetCookie(header: string): SetCookie {
  const [pair, ...attributes] = header.split(";").map((part) => part.trim());
  const separator = pair!.indexOf("=");
  const flags = attributes.map((attribute) => attribute.toLowerCase());
  return {
    name: pair!.slice(0, separator),
    value: pair!.slice(separator + 1),
    path: attributes.find((a) => a.toLowerCase().startsWith("path="))?.slice(5) ?? "/",
    secure: flags.includes("secure"),
    httpOnly: flags.includes("httponly"),
  };
}

/** One request through the proxy (self-signed certificate: not verified, it is ours). */
function call(
  origin: string,
  method: string,
  pathname: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; cookies: SetCookie[]; text: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const request = https.request(new URL(pathname, origin), { method, headers, rejectUnauthorized: false }, (response) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString()));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, cookies: (response.headers["set-cookie"] ?? []).map(parseSetCookie), text, headers: response.headers }),
      );
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** Signs in as a browser would (csrf cookie + token, same-origin post); returns the cookies as set. */
async function signIn(origin: string): Promise<SetCookie[]> {
  const csrf = await call(origin, "GET", "/api/auth/csrf", {});
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const cookieHeader = csrf.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const form = new URLSearchParams({ csrfToken, ...demoSme, callbackUrl: "/dashboard", json: "true" }).toString();
  const signedIn = await call(origin, "POST", "/api/auth/callback/credentials", {
    "content-type": "application/x-www-form-urlencoded",
    origin,
    cookie: cookieHeader,
  }, form);
  const cookies = [...csrf.cookies, ...signedIn.cookies];
  if (signedIn.status !== 200 || !cookies.some((c) => c.name.endsWith("next-auth.session-token"))) {
    throw new Error(`sign-in as ${demoSme.email} failed (${signedIn.status}): ${signedIn.text.slice(0, 200)}`);
  }
  return cookies;
}

/**
 * Starts a draft assessment as the SME would (the dashboard's form, posted without JavaScript), so
 * the scan reaches the questionnaire pages, the largest forms of the app. Returns its id.
 */
async function startDraft(origin: string, cookieHeader: string): Promise<string> {
  const dashboard = await call(origin, "GET", "/dashboard", { cookie: cookieHeader });
  const field = (name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(dashboard.text)?.[1];
  const firmId = field("firmId");
  if (!firmId) throw new Error("no start-assessment form on the SME's dashboard");
  const boundary = "----adp-scan";
  const parts: [string, string][] = [[`$ACTION_ID_${actionId("app/(sme)/dashboard/actions.ts", "startAssessmentAction")}`, ""], ["firmId", firmId]];
  const programmeId = field("programmeId");
  if (programmeId) parts.push(["programmeId", programmeId]);
  const body = parts.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`;
  const started = await call(origin, "POST", "/dashboard", { cookie: cookieHeader, origin, "content-type": `multipart/form-data; boundary=${boundary}` }, body);
  const id = /\/assessments\/([0-9a-f-]{36})/.exec(String(started.headers.location ?? started.text))?.[1];
  if (!id) throw new Error(`starting a draft failed (${started.status})`);
  return id;
}

/** wapiti's cookie file: {host: {path: {name: attributes}}}, flags exactly as the app set them. */
function wapitiCookieFile(cookies: SetCookie[], host: string): unknown {
  const byPath: Record<string, Record<string, unknown>> = {};
  for (const cookie of cookies) {
    byPath[cookie.path] ??= {};
    byPath[cookie.path]![cookie.name] = { value: cookie.value, version: 0, expires: null, secure: cookie.secure, port: null };
  }
  return { [host]: byPath };
}

/**
 * The hidden fields that carry server-action ids. Attacking them would only break the request, and
 * a form with nothing else (sign out, start an assessment, mark all read) would run its action with
 * the scanner's payloads: skipped, so the scan keeps its session and tests the real inputs.
 */
function actionFieldNames(): string[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, unknown> };
  const ids = Object.keys(manifest.node).map((id) => `$ACTION_ID_${id}`);
  return [...ids, "$ACTION_REF_1", "$ACTION_1:0", "$ACTION_1:1", "$ACTION_KEY"];
}

function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { filename: string; exportedName: string }> };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename && entry.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`${exportedName} is not in the build's server-action manifest`);
  return id;
}

/** Runs a command with its output passed through, and also kept for the checks that read it. */
function run(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk.toString("utf8");
    });
    child.once("error", reject);
    child.once("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

type WapitiReport = {
  vulnerabilities: Record<string, { method: string; path: string; info: string; parameter: string }[]>;
  anomalies: Record<string, { method: string; path: string; info: string; parameter: string }[]>;
};

async function main(): Promise<void> {
  const [appUrl, tlsPort, outputDir] = process.argv.slice(2);
  if (!appUrl || !tlsPort || !outputDir) throw new Error("usage: scan.ts <app url> <tls port> <output dir>");
  mkdirSync(outputDir, { recursive: true });
  // wapiti's crawler submits every form it finds, and the sign-out form (in every page's header)
  // would end the scan's session after its first page; --exclude cannot name a server action
  // (they post to the page's own URL), so the proxy refuses that one action.
  const signOutField = `$ACTION_ID_${actionId("app/actions/sign-out.ts", "signOutAction")}`;
  const proxy = await startTlsProxy(appUrl, {
    port: Number(tlsPort),
    refuse: (method, body) => method === "POST" && (body.includes(signOutField) || body.includes(encodeURIComponent(signOutField))),
  });
  try {
    const cookies = await signIn(proxy.origin);
    console.log(`Signed in as ${demoSme.email} through ${proxy.origin}; cookies: ${cookies.map((c) => `${c.name}${c.secure ? " (Secure)" : ""}${c.httpOnly ? " (HttpOnly)" : ""}`).join(", ")}`);
    const cookieHeader = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const assessmentId = await startDraft(proxy.origin, cookieHeader);
    console.log(`Started draft assessment ${assessmentId} for the scan to explore.`);
    const cookieFile = path.join(outputDir, "cookies.json");
    writeFileSync(cookieFile, JSON.stringify(wapitiCookieFile(cookies, "127.0.0.1"), null, 2));

    const report = path.join(outputDir, "wapiti-report.json");
    const base = `${proxy.origin}/`;
    const args = [
      "--url", base,
      "--scope", "folder",
      "--module", modules,
      "--cookie", cookieFile,
      "--verify-ssl", "0",
      "--flush-session",
      "--store-session", path.join(outputDir, "session"),
      "--store-config", path.join(outputDir, "config"),
      "--start", `${proxy.origin}/dashboard`,
      "--start", `${proxy.origin}/account`,
      "--start", `${proxy.origin}/notifications`,
      "--start", `${proxy.origin}/assessments/${assessmentId}`,
      "--start", `${proxy.origin}/assessments/${assessmentId}/profile`,
      "--start", `${proxy.origin}/assessments/${assessmentId}/check`,
      // Signing out would end the scan's session; the GET only shows next-auth's confirmation page.
      "--exclude", `${proxy.origin}/api/auth/signout*`,
      "--exclude", `${proxy.origin}/api/auth/signin*`,
      "--depth", "4",
      "--max-links-per-page", "60",
      "--max-attack-time", "600",
      "--timeout", "30",
      "--format", "json",
      "--output", report,
      "--verbose", "1",
      ...actionFieldNames().flatMap((name) => ["--skip", name]),
    ];
    // Debian's interpreter (wapiti's own), through the wrapper that fixes its --exclude on Python 3.11.
    const wapiti = await run("/usr/bin/python3", [path.join("scripts", "lib", "security-scan", "wapiti.py"), ...args]);
    if (wapiti.code !== 0) throw new Error(`wapiti exited with ${wapiti.code}`);
    // A module stopped by --max-attack-time left URLs unattacked: its 0 findings would not mean 0.
    const stopped = [...wapiti.output.matchAll(/Max attack time was reached for module (\w+)/g)].map((match) => match[1]);
    if (stopped.length > 0) throw new Error(`wapiti stopped module(s) ${stopped.join(", ")} at --max-attack-time: part of the app went untested`);

    // A scan that lost its session would have tested the signed-out app only: make sure it did not.
    const session = await call(proxy.origin, "GET", "/api/auth/session", { cookie: cookieHeader });
    if (!session.text.includes('"user"')) throw new Error("the scan's session ended during the scan: its results cover the signed-out app only");
    console.log("The scan's session was still signed in at the end.");

    const result = JSON.parse(readFileSync(report, "utf8")) as WapitiReport;
    const findings = [
      ...Object.entries(result.vulnerabilities).flatMap(([category, items]) => items.map((item) => ({ kind: "vulnerability", category, ...item }))),
      ...Object.entries(result.anomalies).flatMap(([category, items]) => items.map((item) => ({ kind: "anomaly", category, ...item }))),
    ];
    console.log(`\nwapiti ${modules}: ${findings.length} finding(s); report: ${report}`);
    for (const finding of findings) console.log(`- [${finding.kind}] ${finding.category}: ${finding.method} ${finding.path} ${finding.parameter ? `(${finding.parameter}) ` : ""}— ${finding.info}`);
    process.exitCode = findings.length === 0 ? 0 : 1;
  } finally {
    await proxy.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
