import { describe, expect, it } from "vitest";
import { reportFilename } from "@/lib/report/report-filename";

describe("reportFilename", () => {
  it("names the file after the firm and the revision, in ASCII", () => {
    expect(reportFilename("Kilang Maju Sdn. Bhd.", 2)).toBe("adp-readiness-kilang-maju-sdn-bhd-r2.pdf");
    expect(reportFilename("Çelik Döküm A.Ş.", 1)).toBe("adp-readiness-celik-dokum-a-s-r1.pdf");
  });

  it("falls back to a generic name when the firm's name has no Latin letter or digit", () => {
    expect(reportFilename("美达塑料", 3)).toBe("adp-readiness-firm-r3.pdf");
  });
});
