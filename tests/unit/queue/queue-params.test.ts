import { describe, expect, it } from "vitest";
import { countForStatusFilter, pageCountFor, parseQueueParams, queuePageDefaults, searchParamsRecord, statusesOf } from "@/lib/queue/queue-params";
import { queueSearch, queueStatusSearch, selectionSearch } from "@/lib/queue/queue-query";

describe("parseQueueParams", () => {
  it("defaults to every status, newest submission first, page 1, no filter", () => {
    expect(parseQueueParams({})).toEqual({ params: { filter: {}, status: "all", band: undefined, q: undefined, sort: "submitted-newest", page: 1 }, errors: [] });
  });

  // Issue 18: the queue page opened on every status, newest first, so what waited longest sat last.
  it("opens the queue page on what needs the officer's action, oldest submission first", () => {
    expect(parseQueueParams({}, queuePageDefaults).params).toMatchObject({ status: "needs-action", sort: "submitted-oldest", page: 1 });
    expect(parseQueueParams({ status: "", sort: "" }, queuePageDefaults).params).toMatchObject({ status: "needs-action", sort: "submitted-oldest" });
    expect(parseQueueParams({ status: "all", sort: "submitted-newest" }, queuePageDefaults).params).toMatchObject({ status: "all", sort: "submitted-newest" });
    expect(parseQueueParams({ status: "needs-action" }).params.status).toBe("needs-action");
  });

  it("reads every parameter, trimming the firm name and treating empty selects as absent", () => {
    const { params, errors } = parseQueueParams({
      status: "in_review",
      band: "adopter",
      q: "  Plastik  ",
      sort: "index-low",
      page: "3",
      sector: "22",
      size: "small",
      from: "2026-01-01",
      to: "2026-03-31",
    });
    expect(errors).toEqual([]);
    expect(params).toEqual({ status: "in_review", band: "adopter", q: "Plastik", sort: "index-low", page: 3, filter: { sector: "22", size: "small", from: "2026-01-01", to: "2026-03-31" } });
    expect(parseQueueParams({ status: "", band: "", q: "   ", sector: "", sort: "" }).params).toMatchObject({ status: "all", band: undefined, q: undefined, sort: "submitted-newest", filter: {} });
  });

  it("reports each bad value with its own message and keeps the good ones", () => {
    const { params, errors } = parseQueueParams({ status: "draft", band: "expert", sort: "random", page: "0", q: "x".repeat(101), sector: "22" });
    expect(errors).toEqual(["queue.errors.status", "queue.errors.band", "queue.errors.search", "queue.errors.sort", "queue.errors.page"]);
    expect(params).toEqual({ status: "all", band: undefined, q: undefined, sort: "submitted-newest", page: 1, filter: { sector: "22" } });
  });

  it("never lets drafts into the queue, and refuses odd page numbers", () => {
    expect(parseQueueParams({ status: "draft" }).errors).toEqual(["queue.errors.status"]);
    for (const page of ["-1", "1.5", "1e3", "0x10", " 2", "9999999", "abc"]) expect(parseQueueParams({ page }).errors, page).toEqual(["queue.errors.page"]);
    expect(parseQueueParams({ page: "100000" }).params.page).toBe(100_000);
  });

  it("reports the cohort filter's errors with the shared messages", () => {
    expect(parseQueueParams({ from: "2026-05-01", to: "2026-04-01" }).errors).toEqual(["errors.dateRangeOrder"]);
    expect(parseQueueParams({ sector: "99" }).errors).toEqual(["errors.filterInvalid"]);
    expect(parseQueueParams({ from: "yesterday" }).errors).toEqual(["errors.filterInvalid"]);
  });

  it("takes the first of repeated values and strips NUL from a search", () => {
    expect(parseQueueParams({ status: ["approved", "returned"], q: "Ma\u0000ju" }).params).toMatchObject({ status: "approved", q: "Maju" });
    expect(searchParamsRecord(new URLSearchParams("status=approved&status=returned&q=a"))).toEqual({ status: ["approved", "returned"], q: ["a"] });
  });
});

describe("queue links", () => {
  const { params } = parseQueueParams({ status: "submitted", sector: "22", q: "Maju Jaya", sort: "firm-name", page: "2" });

  it("keep every filter and change only what is asked", () => {
    expect(queueSearch(params)).toBe("?status=submitted&sector=22&q=Maju+Jaya&sort=firm-name&page=2");
    expect(queueSearch(params, { page: 3 })).toBe("?status=submitted&sector=22&q=Maju+Jaya&sort=firm-name&page=3");
    // The page opens on "needs action", so "all" is written out and "needs-action" is left out.
    expect(queueSearch(params, { status: "all", page: 1 })).toBe("?status=all&sector=22&q=Maju+Jaya&sort=firm-name");
    expect(queueSearch(params, { status: "needs-action", sort: "submitted-oldest", page: 1 })).toBe("?sector=22&q=Maju+Jaya");
    expect(queueSearch(parseQueueParams({}, queuePageDefaults).params)).toBe("");
    expect(queueSearch(parseQueueParams({}).params)).toBe("?status=all&sort=submitted-newest");
    expect([queueStatusSearch("needs-action"), queueStatusSearch("all"), queueStatusSearch("in_review")]).toEqual(["", "?status=all", "?status=in_review"]);
  });

  it("give the exports a needs-action selection that reads back as the same selection", () => {
    const needsAction = parseQueueParams({ status: "needs-action", sector: "22" }).params;
    expect(selectionSearch(needsAction)).toBe("?status=needs-action&sector=22");
    expect(parseQueueParams(Object.fromEntries(new URLSearchParams(selectionSearch(needsAction)))).params).toEqual(needsAction);
  });

  it("give the exports the selection without sort or page, so they read back as the same selection", () => {
    const search = selectionSearch(params);
    expect(search).toBe("?status=submitted&sector=22&q=Maju+Jaya");
    const again = parseQueueParams(Object.fromEntries(new URLSearchParams(search)));
    expect({ ...again.params, sort: params.sort, page: params.page }).toEqual(params);
  });

  it("count pages, at least one", () => {
    expect(pageCountFor(0)).toBe(1);
    expect(pageCountFor(25)).toBe(1);
    expect(pageCountFor(26)).toBe(2);
    expect(pageCountFor(100_000)).toBe(4000);
  });
});

describe("status filters", () => {
  const counts = { submitted: 3, in_review: 4, returned: 2, approved: 10 };

  it("count what needs action as submitted and in review together", () => {
    expect(statusesOf("needs-action")).toEqual(["submitted", "in_review"]);
    expect(countForStatusFilter(counts, "needs-action")).toBe(7);
    expect(countForStatusFilter(counts, "all")).toBe(19);
    expect(countForStatusFilter(counts, "returned")).toBe(2);
  });
});
