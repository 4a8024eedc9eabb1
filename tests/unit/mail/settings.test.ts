import { describe, expect, it } from "vitest";
import { appBaseUrl, parseEnv, smtpConfigured } from "@/lib/env";
import { smtpSettings } from "@/lib/mail/settings";

describe("SMTP settings from the environment", () => {
  it("are absent without SMTP_HOST, and an empty value counts as unset", () => {
    expect(smtpSettings(parseEnv({}))).toBeNull();
    const blank = parseEnv({ SMTP_HOST: "", SMTP_PORT: "", SMTP_SECURE: "", SMTP_USER: "", SMTP_PASSWORD: "", MAIL_FROM: "" });
    expect(smtpConfigured(blank)).toBe(false);
    expect(smtpSettings(blank)).toBeNull();
  });

  it("default to STARTTLS on port 587, or TLS on 465", () => {
    expect(smtpSettings(parseEnv({ SMTP_HOST: "smtp.example.gov", MAIL_FROM: "ADP Readiness <no-reply@example.gov>" }))).toEqual({
      host: "smtp.example.gov",
      port: 587,
      secure: false,
      auth: undefined,
      from: "ADP Readiness <no-reply@example.gov>",
    });
    expect(smtpSettings(parseEnv({ SMTP_HOST: "smtp.example.gov", MAIL_FROM: "a@example.gov", SMTP_SECURE: "true" }))).toMatchObject({ port: 465, secure: true });
    expect(smtpSettings(parseEnv({ SMTP_HOST: "smtp.example.gov", MAIL_FROM: "a@example.gov", SMTP_PORT: "465" }))).toMatchObject({ port: 465, secure: true });
    expect(smtpSettings(parseEnv({ SMTP_HOST: "smtp.example.gov", MAIL_FROM: "a@example.gov", SMTP_PORT: "2525", SMTP_SECURE: "false" }))).toMatchObject({ port: 2525, secure: false });
  });

  it("sign in with SMTP_USER and SMTP_PASSWORD together", () => {
    const settings = smtpSettings(parseEnv({ SMTP_HOST: "smtp.example.gov", MAIL_FROM: "a@example.gov", SMTP_USER: "adp", SMTP_PASSWORD: "s3cret" }));
    expect(settings?.auth).toEqual({ user: "adp", pass: "s3cret" });
  });

  it("refuse a half configuration at start, naming every problem", () => {
    expect(() => parseEnv({ SMTP_HOST: "smtp.example.gov" })).toThrow(/MAIL_FROM: is required when SMTP_HOST is set/);
    expect(() => parseEnv({ SMTP_HOST: "smtp.example.gov", MAIL_FROM: "a@example.gov", SMTP_USER: "adp" })).toThrow(/SMTP_PASSWORD/);
    expect(() => parseEnv({ SMTP_PORT: "seventy" })).toThrow(/SMTP_PORT/);
    expect(() => parseEnv({ SMTP_SECURE: "maybe" })).toThrow(/SMTP_SECURE/);
  });
});

describe("the base URL of links in emails", () => {
  it("is APP_BASE_URL, else APP_ORIGIN, else NEXTAUTH_URL, else localhost, without a trailing slash", () => {
    expect(appBaseUrl(parseEnv({ APP_BASE_URL: "https://readiness.example.gov/", APP_ORIGIN: "https://other.example" }))).toBe("https://readiness.example.gov");
    expect(appBaseUrl(parseEnv({ APP_ORIGIN: "https://origin.example" , NEXTAUTH_URL: "https://auth.example" }))).toBe("https://origin.example");
    expect(appBaseUrl(parseEnv({ NEXTAUTH_URL: "http://localhost:3100" }))).toBe("http://localhost:3100");
    expect(appBaseUrl(parseEnv({}))).toBe("http://localhost:3000");
  });
});
