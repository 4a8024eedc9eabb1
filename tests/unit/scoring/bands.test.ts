import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BandTableSchema, bandForIndex, bandForScore, bandIds, bands, getBand } from "@/lib/scoring/bands";

describe("bands", () => {
  it("ships five bands on whole levels of the scale, each with a name and a meaning", () => {
    expect(BandTableSchema.parse(bands)).toEqual(bands);
    expect(bands.map((b) => [b.id, b.minIndex])).toEqual([
      ["newcomer", 0],
      ["explorer", 20],
      ["adopter", 40],
      ["integrator", 60],
      ["leader", 80],
    ]);
    expect(bands.map((b) => b.id)).toEqual(bandIds);
    for (const band of bands) expect(band.meaning.length).toBeGreaterThan(20);
  });

  it("puts each threshold in the band it opens", () => {
    const cases: Array<[number, string]> = [
      [0, "newcomer"],
      [19.9, "newcomer"],
      [20, "explorer"],
      [39.9, "explorer"],
      [40, "adopter"],
      [59.9, "adopter"],
      [60, "integrator"],
      [79.9, "integrator"],
      [80, "leader"],
      [100, "leader"],
    ];
    for (const [index, band] of cases) expect(bandForIndex(index), String(index)).toBe(band);
  });

  it("reads a 0–5 score on the same table (× 20)", () => {
    expect(bandForScore(0)).toBe("newcomer");
    expect(bandForScore(1)).toBe("explorer");
    expect(bandForScore(2.999)).toBe("adopter");
    expect(bandForScore(3)).toBe("integrator");
    expect(bandForScore(4)).toBe("leader");
    expect(bandForScore(5)).toBe("leader");
  });

  it("never gives a lower band to a higher index", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(bandIds.indexOf(bandForIndex(low))).toBeLessThanOrEqual(bandIds.indexOf(bandForIndex(high)));
      }),
    );
  });

  it("rejects a table that does not start at 0, is out of order or repeats a band", () => {
    const band = (id: string, minIndex: number) => ({ id, minIndex, name: id, meaning: "m" });
    expect(BandTableSchema.safeParse([band("newcomer", 5), band("leader", 50)]).success).toBe(false);
    expect(BandTableSchema.safeParse([band("newcomer", 0), band("leader", 50), band("adopter", 40)]).success).toBe(false);
    expect(BandTableSchema.safeParse([band("newcomer", 0), band("newcomer", 50)]).success).toBe(false);
    expect(BandTableSchema.safeParse([band("newcomer", 0), band("unknown", 50)]).success).toBe(false);
    expect(BandTableSchema.safeParse([band("newcomer", 0), band("leader", 50)]).success).toBe(true);
  });

  it("looks a band up by id", () => {
    expect(getBand("adopter").name).toBe("Adopter");
  });
});
