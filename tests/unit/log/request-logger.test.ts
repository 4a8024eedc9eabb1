import { describe, expect, it } from "vitest";
import { loggerForRequest, requestLogger } from "@/lib/log/request-logger";

describe("the request logger", () => {
  it("carries the proxy's request id from the request", () => {
    const request = new Request("http://localhost/api/v1/score", { headers: { "x-request-id": "6f1d2c3b-1a2b" } });
    expect(loggerForRequest(request).bindings()).toMatchObject({ requestId: "6f1d2c3b-1a2b" });
  });

  it("outside any request names the job instead, so no line is without context", async () => {
    expect((await requestLogger("mail")).bindings()).toMatchObject({ job: "mail" });
    expect((await requestLogger("mail")).bindings()).not.toHaveProperty("requestId");
    expect((await requestLogger()).bindings()).toMatchObject({ job: "outside-request" });
  });
});
