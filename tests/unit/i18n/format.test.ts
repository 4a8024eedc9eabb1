import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { createFormats, formattingLocale, isTimeZone } from "@/lib/i18n/format";

// Fixed instants and an explicit zone: the results must not depend on the machine running the tests.
const kualaLumpur = { timeZone: "Asia/Kuala_Lumpur" };
// 16:30 UTC on 1 March is 00:30 on 2 March in Kuala Lumpur (UTC+8).
const lateEveningUtc = new Date(Date.UTC(2026, 2, 1, 16, 30));
// Midnight UTC on 1 January is 08:00 on 1 January in Kuala Lumpur, but 31 December in New York.
const midnightUtc = new Date(Date.UTC(2027, 0, 1, 0, 0));

describe("createFormats: dates", () => {
  it("shows a moment on its Malaysian day, in English and in Bahasa Malaysia", () => {
    expect(createFormats("en", kualaLumpur).date(lateEveningUtc)).toBe("2 March 2026");
    expect(createFormats("ms", kualaLumpur).date(lateEveningUtc)).toBe("2 Mac 2026");
    expect(createFormats("en", kualaLumpur).shortDate(lateEveningUtc)).toBe("2 Mar 2026");
    expect(createFormats("ms", kualaLumpur).shortDate(lateEveningUtc)).toBe("2 Mac 2026");
  });

  it("uses the display time zone, not the server's: midnight UTC is the previous day in New York", () => {
    expect(createFormats("en", kualaLumpur).date(midnightUtc)).toBe("1 January 2027");
    expect(createFormats("en", { timeZone: "America/New_York" }).date(midnightUtc)).toBe("31 December 2026");
    expect(createFormats("ms", { timeZone: "America/New_York" }).date(midnightUtc)).toBe("31 Disember 2026");
  });

  it("defaults to Kuala Lumpur time", () => {
    expect(createFormats("en").timeZone).toBe("Asia/Kuala_Lumpur");
    expect(createFormats("en").date(lateEveningUtc)).toBe("2 March 2026");
  });

  it("shows date, time and zone for who-did-what-when, with each language's clock", () => {
    expect(createFormats("en", kualaLumpur).dateTime(lateEveningUtc)).toBe("2 Mar 2026, 00:30 GMT+8");
    expect(createFormats("en", { timeZone: "UTC" }).dateTime(lateEveningUtc)).toBe("1 Mar 2026, 16:30 UTC");
    // Malay uses the 12-hour clock: PG (pagi) before noon, PTG (petang) after.
    const ms = createFormats("ms", kualaLumpur).dateTime(lateEveningUtc);
    expect(ms).toMatch(/^2 Mac 2026/);
    expect(ms).toMatch(/12[:.]30/);
    expect(ms).toMatch(/PG/);
  });

  it("shows a stored calendar day as written, whatever the zone", () => {
    expect(createFormats("en", { timeZone: "America/New_York" }).day("2027-01-31")).toBe("31 January 2027");
    expect(createFormats("ms", kualaLumpur).day("2027-08-31")).toBe("31 Ogos 2027");
  });

  it("tells the calendar day of a moment in the display zone (for 'today')", () => {
    expect(createFormats("en", kualaLumpur).isoDay(lateEveningUtc)).toBe("2026-03-02");
    expect(createFormats("en", { timeZone: "UTC" }).isoDay(lateEveningUtc)).toBe("2026-03-01");
    expect(createFormats("ms", { timeZone: "America/New_York" }).isoDay(midnightUtc)).toBe("2026-12-31");
  });
});

describe("createFormats: numbers", () => {
  for (const language of ["en", "ms"] as const) {
    it(`formats scores, the index, levels, counts and shares in ${language}`, () => {
      const f = createFormats(language);
      expect(f.score(2.25)).toBe("2.3");
      expect(f.score(3)).toBe("3.0");
      expect(f.precise(7 / 3)).toBe("2.33");
      expect(f.index(40.55)).toBe("40.6");
      expect(f.level(3)).toBe("3");
      expect(f.level(2.5)).toBe("2.5");
      expect(f.factor(0.75)).toBe("0.75");
      expect(f.number(12345)).toBe("12,345");
      expect(f.number(1.234, 1)).toBe("1.2");
      expect(f.percent(0.42)).toBe("42%");
      expect(f.difference(0.5)).toBe("+0.5");
      expect(f.difference(-1 / 3)).toMatch(/^[-−]0\.3$/);
      expect(f.difference(0)).toBe("0.0");
    });
  }
});

describe("formatting locales and zones", () => {
  it("maps product languages to their regional variants", () => {
    expect(formattingLocale("en")).toBe("en-GB");
    expect(formattingLocale("ms")).toBe("ms-MY");
    expect(createFormats("ms").locale).toBe("ms-MY");
  });

  it("recognises IANA time zones", () => {
    expect(isTimeZone("Asia/Kuala_Lumpur")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
  });
});

describe("APP_TIME_ZONE", () => {
  it("defaults to Kuala Lumpur, accepts an IANA zone and refuses anything else at start", () => {
    expect(parseEnv({}).APP_TIME_ZONE).toBe("Asia/Kuala_Lumpur");
    expect(parseEnv({ APP_TIME_ZONE: "" }).APP_TIME_ZONE).toBe("Asia/Kuala_Lumpur");
    expect(parseEnv({ APP_TIME_ZONE: "UTC" }).APP_TIME_ZONE).toBe("UTC");
    expect(() => parseEnv({ APP_TIME_ZONE: "Malaysia/Penang" })).toThrow(/APP_TIME_ZONE/);
  });
});

describe("createFormats: sharing", () => {
  it("builds one set of formatters per language and zone and hands the same set to every caller", () => {
    expect(createFormats("en", { timeZone: "Asia/Kuala_Lumpur" })).toBe(createFormats("en", { timeZone: "Asia/Kuala_Lumpur" }));
    expect(createFormats("en", { timeZone: "UTC" })).not.toBe(createFormats("en", { timeZone: "Asia/Kuala_Lumpur" }));
    expect(createFormats("ms", { timeZone: "UTC" })).not.toBe(createFormats("en", { timeZone: "UTC" }));
  });

  it("a shared set still formats in its own zone after another zone was built", () => {
    const lateEveningUtc = new Date("2026-03-01T20:00:00Z");
    createFormats("en", { timeZone: "America/New_York" });
    expect(createFormats("en", { timeZone: "Asia/Kuala_Lumpur" }).isoDay(lateEveningUtc)).toBe("2026-03-02");
    expect(createFormats("en", { timeZone: "America/New_York" }).isoDay(lateEveningUtc)).toBe("2026-03-01");
  });
});
