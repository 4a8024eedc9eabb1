import { describe, expect, it } from "vitest";
import { loggablePath } from "@/lib/log/loggable-path";

describe("the path an access log line shows", () => {
  it("keeps ordinary paths, ids included", () => {
    expect(loggablePath("/assessments/3f2a1c9e-8b7d-4e6f-a5b4-c3d2e1f0a9b8/results")).toBe("/assessments/3f2a1c9e-8b7d-4e6f-a5b4-c3d2e1f0a9b8/results");
    expect(loggablePath("/officer/queue")).toBe("/officer/queue");
  });

  it("never shows the query string", () => {
    expect(loggablePath("/sign-in?callbackUrl=%2Fhome&token=abc")).toBe("/sign-in");
  });

  it("hides the token of a password-reset link, and any other token-like segment", () => {
    const token = "Zq3vX9_kP2mN8rT4wY6uB1cD5eF7gH0jK-LoMnPqRsT";
    expect(loggablePath(`/reset-password/${token}`)).toBe("/reset-password/[redacted]");
    expect(loggablePath("/reset-password")).toBe("/reset-password");
    expect(loggablePath(`/somewhere/${token}/else`)).toBe("/somewhere/[redacted]/else");
  });
});
