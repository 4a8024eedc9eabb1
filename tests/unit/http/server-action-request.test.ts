import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  actionArgumentsDepthLimit,
  actionUsesNoArguments,
  actionRequestKind,
  isActionArguments,
  jsonDepth,
  refuseActionBodySize,
  refuseActionByHeaders,
  refuseActionFields,
  refuseEmptyArguments,
  serverActionBodyLimitBytes,
  serverActionFieldLimit,
} from "@/lib/http/server-action-request";

const headers = (values: Record<string, string>) => new Headers(values);
const multipart = "multipart/form-data; boundary=----x";

describe("actionRequestKind", () => {
  it("names React's call (Next-Action header) and a multipart form post to a page", () => {
    expect(actionRequestKind("POST", "/accessibility", headers({ "next-action": "40ab", "content-type": "text/plain" }))).toBe("fetch");
    expect(actionRequestKind("post", "/dashboard", headers({ "content-type": multipart }))).toBe("form");
  });

  it.each([
    ["a GET", "GET", "/dashboard", { "next-action": "40ab" }],
    ["a route handler", "POST", "/api/assessments/1/answers", { "next-action": "40ab", "content-type": "application/json" }],
    ["a sign-in post", "POST", "/api/auth/callback/credentials", { "content-type": multipart }],
    ["a text/plain post to a page (Next renders the page)", "POST", "/dashboard", { "content-type": "text/plain" }],
    ["a url-encoded post to a page", "POST", "/dashboard", { "content-type": "application/x-www-form-urlencoded" }],
  ])("leaves %s to Next", (_, method, path, values) => {
    expect(actionRequestKind(method, path, headers(values))).toBeNull();
  });
});

describe("refuseActionByHeaders", () => {
  // Next's ids: the first byte marks the arguments the action uses ("40": the first; "00": none).
  const usesFormData = "40e1555a0cd06c9d947177a750432c901275105b46";
  const usesNothing = "000511a9907661852102d1eac1f7f2c50616a5ccc1";
  const status = (result: ReturnType<typeof refuseActionByHeaders>) => (typeof result === "object" ? result.status : result);

  it("refuses a declared body over the limit with 413", () => {
    const big = { "content-type": multipart, "content-length": String(serverActionBodyLimitBytes + 1) };
    expect(status(refuseActionByHeaders("form", headers(big)))).toBe(413);
    expect(status(refuseActionByHeaders("fetch", headers({ ...big, "next-action": usesFormData })))).toBe(413);
    expect(refuseActionByHeaders("form", headers({ "content-type": multipart, "content-length": String(serverActionBodyLimitBytes) }))).toBe("multipart");
  });

  it.each(["text/plain;charset=UTF-8", "application/json", "application/x-www-form-urlencoded", ""])(
    "refuses a call of an action that uses arguments with the body type %j with 415",
    (type) => {
      const values: Record<string, string> = { "next-action": usesFormData };
      if (type) values["content-type"] = type;
      expect(status(refuseActionByHeaders("fetch", headers(values)))).toBe(415);
    },
  );

  it("reads a multipart call, and the text/plain call of an action that uses no arguments", () => {
    expect(refuseActionByHeaders("fetch", headers({ "next-action": usesFormData, "content-type": multipart }))).toBe("multipart");
    expect(refuseActionByHeaders("fetch", headers({ "next-action": usesNothing, "content-type": "text/plain;charset=UTF-8" }))).toBe("empty-arguments");
    expect(status(refuseActionByHeaders("fetch", headers({ "next-action": usesNothing, "content-type": "application/json" })))).toBe(415);
  });
});

describe("actionUsesNoArguments", () => {
  it.each([
    ["000511a9907661852102d1eac1f7f2c50616a5ccc1", true],
    ["800511a9907661852102d1eac1f7f2c50616a5ccc1", true],
    ["40e1555a0cd06c9d947177a750432c901275105b46", false],
    ["01e1555a0cd06c9d947177a750432c901275105b46", false],
    ["zz", false],
    ["", false],
    [null, false],
  ] as const)("%j: %s", (id, expected) => {
    expect(actionUsesNoArguments(id)).toBe(expected);
  });
});

describe("refuseEmptyArguments", () => {
  it("accepts React's empty argument list and refuses anything else", () => {
    expect(refuseEmptyArguments("[]")).toBeNull();
    for (const text of ['["x"]', "{{{", `${"[".repeat(10_000)}${"]".repeat(10_000)}`, "", "[ ]"]) expect(refuseEmptyArguments(text)?.status).toBe(400);
  });
});

describe("refuseActionBodySize", () => {
  it("refuses a body read over the limit (a chunked body declares no length)", () => {
    expect(refuseActionBodySize(serverActionBodyLimitBytes + 1)?.status).toBe(413);
    expect(refuseActionBodySize(serverActionBodyLimitBytes)).toBeNull();
  });
});

describe("refuseActionFields", () => {
  const reactCall = (root: string): [string, unknown][] => [
    ["_1_locale", "ms"],
    ["0", root],
  ];

  it("accepts React's encoding of a FormData call, with a bound argument or a previous state", () => {
    expect(refuseActionFields("fetch", reactCall('["$K1"]'))).toBeNull();
    expect(refuseActionFields("fetch", reactCall('["prog-1",{"status":"idle","errors":{}},"$K1"]'))).toBeNull();
    expect(refuseActionFields("fetch", reactCall('["$undefined",{"at":"$D2026-12-06T00:00:00.000Z","n":"$n42","x":"$NaN","s":"$$5 off"},"$K1"]'))).toBeNull();
    expect(refuseActionFields("form", [["$ACTION_ID_40ab", ""], ["locale", "ms"]])).toBeNull();
  });

  it("refuses a multipart body that could not be parsed", () => {
    expect(refuseActionFields("form", null)?.status).toBe(400);
    expect(refuseActionFields("fetch", null)?.status).toBe(400);
  });

  it("refuses more fields than any form has", () => {
    const fields = Array.from({ length: serverActionFieldLimit + 1 }, (_, i): [string, unknown] => [`f${i}`, "x"]);
    expect(refuseActionFields("form", fields)?.status).toBe(413);
    expect(refuseActionFields("form", fields.slice(1))).toBeNull();
  });

  it.each([
    ["no encoded arguments", [["_1_locale", "ms"]]],
    ["arguments that are not JSON", reactCall("{{{")],
    ["arguments nested without end", reactCall(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)],
    ["arguments without the form's data", reactCall('["x"]')],
    ["arguments that are not a list", reactCall('{"0":"$K1"}')],
    ...["$Q9", "$W9", "$B9", "$F9", "$h9", "$@9", "$T9", "$R9", "$n12x"].map((reference): [string, [string, unknown][]] => [
      `a reference ${reference} to a part the form never sends`,
      reactCall(`["$K1",{"nested":["${reference}"]}]`),
    ]),
    ["a reference as an object key", reactCall('["$K1",{"$Q1":1}]')],
    ["a file where the arguments belong", [["0", new Blob(['["$K1"]'])]]],
  ] as [string, [string, unknown][]][])("refuses React's call with %s", (_, fields) => {
    expect(refuseActionFields("fetch", fields)?.status).toBe(400);
  });
});

describe("isActionArguments and jsonDepth", () => {
  it("counts nesting outside strings only", () => {
    expect(jsonDepth('["$K1"]')).toBe(1);
    expect(jsonDepth('[{"a":[1]}]')).toBe(3);
    expect(jsonDepth('["[[[[\\"[["]')).toBe(1);
  });

  it("accepts nesting up to the limit and refuses it beyond", () => {
    const nested = (depth: number) => `["$K1",${"[".repeat(depth - 1)}${"]".repeat(depth - 1)}]`;
    expect(isActionArguments(nested(actionArgumentsDepthLimit))).toBe(true);
    expect(isActionArguments(nested(actionArgumentsDepthLimit + 1))).toBe(false);
  });
});

describe("the limit next.config.js gives Next", () => {
  it("is the proxy's limit, so both refuse the same bodies", () => {
    const config = createRequire(import.meta.url)("../../../next.config.js") as { experimental: { serverActions: { bodySizeLimit: string } } };
    expect(config.experimental.serverActions.bodySizeLimit).toBe("1mb");
    expect(serverActionBodyLimitBytes).toBe(1024 * 1024);
  });
});
