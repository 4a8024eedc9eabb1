import { describe, expect, it } from "vitest";
import { catalogue, getCatalogueItem } from "@/lib/catalogue/catalogue";
import type { CatalogueItem } from "@/lib/catalogue/item-schema";
import type { FirmSizeBand } from "@/lib/questionnaire/taxonomy";
import { firmSizeBandFor } from "@/lib/questionnaire/taxonomy";
import { measureSizeFitAt } from "@/lib/recommender/evaluate";
import { recommend, type RecommendInput } from "@/lib/recommender/recommend";
import { isLargeFirmCase, isSmallFirmBand } from "@/lib/recommender/size-fit";
import { evaluationDate, evaluationSet, inputFor } from "./evaluation-set";

// "Firms like yours" weigh size (issue 20): a small firm sees cases of firms near its size first,
// and a large firm's case only when its lesson transfers, with the reason saying why.

const today = evaluationDate;
const equipmentFirm = evaluationSet.find((entry) => entry.id === "uy-equipment-services")!;

/** The equipment firm (18 employees, sector 28) resized to `employees`. */
function firmOfSize(employees: number, items: readonly CatalogueItem[]): RecommendInput {
  const input = inputFor(equipmentFirm, items);
  return { ...input, firm: { ...input.firm, employees, sizeBand: firmSizeBandFor(employees) } };
}

/** Copies of AVS Technology (primary technology IoT, which is not small-scale) that differ only in id and size tags. */
function sized(id: string, firmSizes: FirmSizeBand[], change: (item: CatalogueItem) => void = () => {}): CatalogueItem {
  const copy = structuredClone(getCatalogueItem("avs-technology")!) as CatalogueItem;
  Object.assign(copy, { id, firmSizes });
  change(copy);
  return copy;
}

const listed = (input: RecommendInput) => recommend(input, { today }).firmsLikeYours;

describe("size similarity", () => {
  // Ids sort against the expected order, so ties broken by id cannot pass the test by luck.
  const items = [sized("a-large", ["large"]), sized("b-medium", ["medium"]), sized("c-small", ["small"])];

  it("puts a small firm's own size first, the next band after, and leaves out a large firm's case that does not transfer", () => {
    expect(listed(firmOfSize(18, items)).map((entry) => entry.itemId)).toEqual(["c-small", "b-medium"]);
  });

  it("orders by nearness for a large firm too, and lists every size", () => {
    expect(listed(firmOfSize(900, items)).map((entry) => entry.itemId)).toEqual(["a-large", "b-medium", "c-small"]);
  });

  it("shows a medium firm a large firm's case without asking for a transfer reason", () => {
    const result = listed(firmOfSize(120, items));
    expect(result.map((entry) => entry.itemId)).toContain("a-large");
    expect(result.flatMap((entry) => entry.reasons).some((reason) => reason.code === "size-transfer")).toBe(false);
  });
});

describe("a large firm's case for a small firm", () => {
  it("is listed when its primary technology works at small scale, and its first reason says so", () => {
    const cobots = sized("cobot-line", ["large"], (item) => {
      item.technologies = ["cobots", ...item.technologies];
    });
    const [entry] = listed(firmOfSize(18, [cobots]));
    expect(entry?.reasons[0]).toEqual({ code: "size-transfer", basis: "small-scale-technology", band: "small", technology: "cobots", points: 0 });
  });

  it("is listed when the catalogue marks it for the firm's size, quoting its first lesson", () => {
    const marked = sized("marked", ["small", "large"]);
    const [entry] = listed(firmOfSize(18, [marked]));
    expect(entry?.reasons[0]).toEqual({ code: "size-transfer", basis: "marked-for-size", band: "small", lesson: marked.lessons[0], points: 0 });
  });

  it("is not listed for a micro firm when it is marked only for small firms and its technology needs scale", () => {
    expect(listed(firmOfSize(3, [sized("marked", ["small", "large"])]))).toEqual([]);
  });
});

describe("the evaluation set's small firms", () => {
  const small = evaluationSet.filter((entry) => isSmallFirmBand(inputFor(entry, catalogue).firm.sizeBand));

  it("has at least ten micro or small firms", () => {
    expect(small.length).toBeGreaterThanOrEqual(10);
  });

  it.each(small.map((entry) => [entry.id, entry] as const))("%s: no large firm's case in the top three without a transfer reason", (_, entry) => {
    const top = recommend(inputFor(entry, catalogue), { today }).firmsLikeYours.slice(0, 3);
    const unexplained = top.filter((recommendation) => isLargeFirmCase(getCatalogueItem(recommendation.itemId)!) && !recommendation.reasons.some((reason) => reason.code === "size-transfer"));
    expect(unexplained.map((recommendation) => recommendation.itemId)).toEqual([]);
  });
});

describe("measureSizeFitAt", () => {
  it("is the share of the top k tagged for the firm's band", () => {
    expect(measureSizeFitAt(3, [["small"], ["medium", "large"], ["micro", "small"], ["small"]], "small")).toBeCloseTo(2 / 3);
    expect(measureSizeFitAt(3, [["small"]], "small")).toBe(1);
    expect(measureSizeFitAt(3, [], "small")).toBe(0);
  });
});
