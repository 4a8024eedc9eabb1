import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogue, getCatalogueItem } from "@/lib/catalogue/catalogue";
import type { KeyFigure } from "@/lib/catalogue/item-schema";
import { localeIds } from "@/lib/questionnaire/taxonomy";
import {
  describeRecommendation,
  describeRecommendationReason,
  formatGap,
  formatKeyFigure,
  pickKeyFigure,
} from "@/lib/recommender/describe";
import { getRecommendationNames } from "@/lib/recommender/names";
import { recommend } from "@/lib/recommender/recommend";
import type { Recommendation, RecommendationReason } from "@/lib/recommender/result-schema";
import { inputArb } from "./arbitraries";
import { evaluationDate, evaluationSet, inputFor } from "./evaluation-set";

/** Property tests run many scored firms; generous, as CI machines may be busy. */
const propertyTimeout = 60_000;

describe("describeRecommendationReason", () => {
  const cases: Array<[RecommendationReason, string, string]> = [
    [
      { code: "gap-dimension", dimension: "connectivity", gap: 2, priorityRank: 1, points: 3 },
      "It addresses connectivity, where your gap is 2 levels (priority 1).",
      "Ia menangani kesalinghubungan, dengan jurang anda sebanyak 2 tahap (keutamaan ke-1).",
    ],
    [
      { code: "gap-dimension", dimension: "skills", gap: 1, priorityRank: 3, points: 1 },
      "It addresses workforce skills and learning, where your gap is 1 level (priority 3).",
      "Ia menangani kemahiran dan pembelajaran tenaga kerja, dengan jurang anda sebanyak 1 tahap (keutamaan ke-3).",
    ],
    [
      { code: "technology", technology: "cloud-computing", basis: "gap", dimension: "intelligence", points: 1.5 },
      "It involves cloud computing, which helps close your gap in intelligence.",
      "Ia melibatkan pengkomputeran awan, yang membantu merapatkan jurang anda dalam kecerdasan.",
    ],
    [
      { code: "technology", technology: "iot", basis: "in-use", points: 1 },
      "It involves industrial Internet of Things (IoT), which you already use.",
      "Ia melibatkan internet Benda Industri (IoT), yang sudah anda gunakan.",
    ],
    [
      { code: "same-sector-division", sector: "22", points: 3 },
      "Same sector as yours: 22 – Rubber and plastics products.",
      "Sektor yang sama dengan anda: 22 – Produk getah dan plastik.",
    ],
    [
      { code: "related-sector", sector: "23", itemSector: "22", group: "plastics-minerals", points: 1.5 },
      "A sector related to yours: 22 – Rubber and plastics products.",
      "Sektor yang berkaitan dengan sektor anda: 22 – Produk getah dan plastik.",
    ],
    [
      { code: "same-sector-section", section: "C", itemSector: "30", points: 0.5 },
      "Also in manufacturing: 30 – Other transport equipment.",
      "Juga dalam pembuatan: 30 – Peralatan pengangkutan lain.",
    ],
    [
      { code: "challenge", challenge: "funding", points: 1.5 },
      "It tackles a challenge you named: lack of funds.",
      "Ia menangani cabaran yang anda nyatakan: kekurangan dana.",
    ],
    [
      { code: "size-fit", band: "small", points: 1 },
      "It suits firms of your size: small (5–74 employees).",
      "Ia sesuai untuk syarikat sebesar anda: kecil (5–74 pekerja).",
    ],
    [
      { code: "size-near", band: "small", itemBand: "medium", points: 0.5 },
      "It suits firms near your size: medium (75–200 employees).",
      "Ia sesuai untuk syarikat yang hampir sebesar anda: sederhana (75–200 pekerja).",
    ],
    [
      { code: "size-transfer", basis: "small-scale-technology", band: "small", technology: "cobots", points: 0 },
      "A large firm, but its lesson carries to a firm your size: a single cobot works beside people, without fences or a rebuilt line.",
      "Syarikat besar, tetapi pengajarannya sesuai untuk syarikat sebesar anda: sebuah cobot bekerja di sebelah pekerja, tanpa pagar atau barisan yang dibina semula.",
    ],
    [
      { code: "size-transfer", basis: "small-scale-technology", band: "micro", technology: "iot", points: 0 },
      "A large firm, but its lesson carries to a firm your size: industrial Internet of Things (IoT) can be started at small scale.",
      "Syarikat besar, tetapi pengajarannya sesuai untuk syarikat sebesar anda: internet Benda Industri (IoT) boleh dimulakan secara kecil-kecilan.",
    ],
    [
      { code: "size-transfer", basis: "marked-for-size", band: "small", lesson: { en: "Start with one line.", ms: "Mulakan dengan satu barisan." }, points: 0 },
      "A large firm, but the catalogue marks its lessons for firms your size too: Start with one line.",
      "Syarikat besar, tetapi katalog menandakan pengajarannya untuk syarikat sebesar anda juga: Mulakan dengan satu barisan.",
    ],
    [
      { code: "condition-met", condition: "exports", text: { en: "Free zones mainly admit firms that export.", ms: "Zon bebas kebanyakannya menerima syarikat yang mengeksport." }, points: 1 },
      "You meet its condition: Free zones mainly admit firms that export.",
      "Anda memenuhi syaratnya: Zon bebas kebanyakannya menerima syarikat yang mengeksport.",
    ],
    [{ code: "same-country", country: "MY", points: 2 }, "From your country: Malaysia.", "Dari negara anda: Malaysia."],
    [
      { code: "same-region", region: "south-asia", country: "PK", points: 1 },
      "From your region, South Asia: Pakistan.",
      "Dari rantau anda, Asia Selatan: Pakistan.",
    ],
    [
      { code: "check-eligibility", rule: "condition", condition: { en: "Open to firms in Penang.", ms: "Terbuka kepada syarikat di Pulau Pinang." }, points: 0 },
      "Check eligibility: Open to firms in Penang.",
      "Semak kelayakan: Terbuka kepada syarikat di Pulau Pinang.",
    ],
  ];

  it.each(cases)("phrases %j in English and Bahasa Malaysia", (reason, english, malay) => {
    expect(describeRecommendationReason(reason, "en")).toBe(english);
    expect(describeRecommendationReason(reason, "ms")).toBe(malay);
  });

  it("uses the names it is given", () => {
    const names = { ...getRecommendationNames("en"), dimension: () => "Data and analytics" };
    expect(describeRecommendationReason({ code: "gap-dimension", dimension: "intelligence", gap: 5 / 3, priorityRank: 2, points: 2 }, "en", names)).toBe(
      "It addresses data and analytics, where your gap is 1.7 levels (priority 2).",
    );
  });

  it("writes a sentence for every reason of every recommendation, in every language, with nothing left blank", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = recommend(input, { today: evaluationDate });
        for (const entry of [...result.firmsLikeYours, ...result.supportYouCanUse]) {
          for (const locale of localeIds) {
            const text = describeRecommendation(entry, getCatalogueItem(entry.itemId)!, locale);
            expect(text.reasons).toHaveLength(entry.reasons.length);
            for (const sentence of [text.headline, ...text.reasons]) {
              expect(sentence).toMatch(/^\p{Lu}.*[.)]$/u);
              expect(sentence).not.toMatch(/undefined|NaN|\[object/);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  }, propertyTimeout);
});

describe("describeRecommendation", () => {
  const tyreMaker = evaluationSet.find((entry) => entry.id === "cn-tyre-analytics")!;
  const result = recommend(inputFor(tyreMaker, catalogue), { today: evaluationDate });
  const zc = result.firmsLikeYours.find((entry) => entry.itemId === "zc-rubber")!;

  it("leads with the item and its sector match, with a key figure, and ends with the firm's top gap", () => {
    expect(describeRecommendation(zc, getCatalogueItem("zc-rubber")!, "en").headline).toBe(
      "ZC Rubber, also a tyre and rubber products maker, used cloud-based analytics and AI to choose the best mixing settings " +
        "for each batch of rubber — rate of products passing quality checks, first six months: +3–5 %; it addresses your gap in intelligence (3 levels).",
    );
    expect(describeRecommendation(zc, getCatalogueItem("zc-rubber")!, "ms").headline).toBe(
      "ZC Rubber, juga pengeluar tayar dan produk getah, menggunakan analitik berasaskan awan dan AI untuk memilih " +
        "tetapan pencampuran terbaik bagi setiap kelompok getah — kadar produk yang lulus pemeriksaan kualiti, enam bulan pertama: +3–5 %; ia menangani jurang anda dalam kecerdasan (3 tahap).",
    );
  });

  it("leads with the result on the firm's gap and names the country when the case is from another sector", () => {
    const baowu = result.firmsLikeYours.find((entry) => entry.itemId === "china-baowu-steel")!;
    expect(describeRecommendation(baowu, getCatalogueItem("china-baowu-steel")!, "en").headline).toMatch(
      /^Rate of non-conforming products: −28 % \(expected\) at China Baowu Steel, a steel maker in China, which linked .*; it addresses your gap in intelligence \(3 levels\)\.$/,
    );
    expect(describeRecommendation(baowu, getCatalogueItem("china-baowu-steel")!, "ms").headline).toMatch(
      /^Kadar produk tidak menepati spesifikasi: −28 % \(dijangka\) di China Baowu Steel, pengeluar keluli di China, yang .*; ia menangani jurang anda dalam kecerdasan \(3 tahap\)\.$/,
    );
  });

  it("says a case is for firms of the reader's size when it is tagged for it and not a large firm's", () => {
    const small = evaluationSet.find((entry) => entry.id === "uy-equipment-services")!;
    const avs = recommend(inputFor(small, catalogue), { today: evaluationDate }).firmsLikeYours.find((entry) => entry.itemId === "avs-technology")!;
    // AVS Technology shares the firm's division (28), so the sector leads; without it, the size does.
    const withoutSector = { ...avs, reasons: avs.reasons.filter((reason) => reason.code !== "same-sector-division") };
    expect(describeRecommendation(withoutSector, getCatalogueItem("avs-technology")!, "en").headline).toMatch(
      /^AVS Technology, a maker of small chlorine production plants in Uruguay whose story suits a firm your size, fitted /,
    );
    expect(describeRecommendation(withoutSector, getCatalogueItem("avs-technology")!, "ms").headline).toMatch(
      /^AVS Technology, pengeluar loji pengeluaran klorin berskala kecil di Uruguay yang kisahnya sesuai untuk syarikat sebesar anda, memasang /,
    );
  });

  it("opens no two cards of a list alike, in every evaluation firm's lists and every language", () => {
    const opening = (headline: string) => headline.split(/\s+/).slice(0, 3).join(" ");
    for (const entry of evaluationSet) {
      const lists = recommend(inputFor(entry, catalogue), { today: evaluationDate });
      for (const list of [lists.firmsLikeYours, lists.supportYouCanUse]) {
        for (const locale of localeIds) {
          const openings = list.map((recommendation) => opening(describeRecommendation(recommendation, getCatalogueItem(recommendation.itemId)!, locale).headline));
          expect(new Set(openings).size, `${entry.id} (${locale}): ${openings.join(" | ")}`).toBe(openings.length);
          for (const text of openings) expect(text).not.toMatch(/^(Your gap|Jurang anda)/);
        }
      }
    }
  });

  it("ends with the strongest other reason when no gap matches", () => {
    const training: Recommendation = {
      itemId: "training-and-apprenticeships",
      kind: "instrument-type",
      rank: 1,
      score: 4,
      reasons: [
        { code: "challenge", challenge: "qualified-personnel", points: 2.5 },
        { code: "size-fit", band: "large", points: 1.5 },
      ],
    };
    expect(describeRecommendation(training, getCatalogueItem("training-and-apprenticeships")!, "en").headline).toBe(
      "Training and apprenticeships pay for courses, certify skills or run apprenticeships that alternate between the workplace and a training centre; it tackles lack of qualified personnel, a challenge you named.",
    );
  });

  it("refuses an item that is not the recommended one", () => {
    expect(() => describeRecommendation(zc, getCatalogueItem("haier")!, "en")).toThrow(/is not "zc-rubber"/);
  });
});

describe("key figures", () => {
  const figure = (partial: Partial<KeyFigure>): KeyFigure => ({
    label: { en: "Labour efficiency", ms: "Kecekapan buruh" },
    value: 10,
    unit: "%",
    direction: "increase",
    status: "achieved",
    ...partial,
  });

  it.each<[Partial<KeyFigure>, string, string]>([
    [{}, "Labour efficiency: +10 %", "Kecekapan buruh: +10 %"],
    [{ direction: "decrease", value: 20 }, "Labour efficiency: −20 %", "Kecekapan buruh: −20 %"],
    [{ value: 15, valueMax: 30, status: "expected" }, "Labour efficiency: +15–30 % (expected)", "Kecekapan buruh: +15–30 % (dijangka)"],
    [{ unit: "EUR", direction: "level", value: 15_000_000, valueMax: 20_000_000 }, "Labour efficiency: EUR 15–20 million", "Kecekapan buruh: EUR 15–20 juta"],
    [{ unit: "MYR", direction: "level", value: 210_000_000 }, "Labour efficiency: MYR 210 million", "Kecekapan buruh: RM210 juta"],
    [{ unit: "MYR", direction: "increase", from: 254e9, value: 392e9, status: "target" }, "Labour efficiency: MYR 254 billion → MYR 392 billion (target)", "Kecekapan buruh: RM254 bilion → RM392 bilion (sasaran)"],
    [{ unit: "people", direction: "decrease", from: 550, value: 248 }, "Labour efficiency: 550 people → 248 people", "Kecekapan buruh: 550 orang → 248 orang"],
    [{ unit: "years", direction: "level", value: 1.5 }, "Labour efficiency: 1.5 years", "Kecekapan buruh: 1.5 tahun"],
    [{ unit: "years", direction: "level", value: 1 }, "Labour efficiency: 1 year", "Kecekapan buruh: 1 tahun"],
    [{ unit: "USD", direction: "level", value: 1500, valueMax: 2000 }, "Labour efficiency: USD 1,500–2,000", "Kecekapan buruh: USD 1,500–2,000"],
    [{ unit: "units-per-year", value: 300000 }, "Labour efficiency: +300,000 units a year", "Kecekapan buruh: +300,000 unit setahun"],
  ])("formats %j", (partial, english, malay) => {
    expect(formatKeyFigure(figure(partial), "en")).toBe(english);
    expect(formatKeyFigure(figure(partial), "ms")).toBe(malay);
  });

  it("formats every shipped figure in every language", () => {
    for (const item of catalogue) {
      for (const keyFigure of item.keyFigures) {
        for (const locale of localeIds) expect(formatKeyFigure(keyFigure, locale), item.id).toMatch(/^[^:]+(?:\([^)]*\))?[^:]*: [+−]?\S/);
      }
    }
  });

  it("quotes a figure about the firm's gap when the item has one, else its headline figure", () => {
    const baowu = getCatalogueItem("china-baowu-steel")!;
    expect(pickKeyFigure(baowu, ["resource-efficiency"])?.label.en).toBe("Energy utilisation rate of the hot steel line");
    expect(pickKeyFigure(baowu, ["after-sales", "automation"])?.label.en).toMatch(/^Automation rate/);
    expect(pickKeyFigure(baowu, [])).toBe(baowu.keyFigures[0]);
    expect(pickKeyFigure(getCatalogueItem("technology-vouchers")!, ["intelligence"])).toBeUndefined();
  });

  it("rounds gaps to one decimal without a trailing zero", () => {
    expect(formatGap(2, "en")).toBe("2");
    expect(formatGap(5 / 3, "en")).toBe("1.7");
    expect(formatGap(0.33333, "ms")).toBe("0.3");
  });
});
