// The guards decide who may see what; the database queries they call are covered by
// tests/integration/db/firm-scope.test.ts. Here the session and the queries are replaced by a small
// in-memory world so every branch of the decision can be checked, including the fail-closed ones.
import { beforeEach, describe, expect, it, vi } from "vitest";

const world = vi.hoisted(() => {
  class Interrupt extends Error {
    constructor(readonly kind: "redirect" | "not-found" | "forbidden" | "unauthorized", readonly url?: string) {
      super(url ? `${kind} ${url}` : kind);
    }
  }
  const firm = (id: string, name: string) => ({ id, name, country: "MY", sector: "22", employees: 10 });
  const programme = (id: string, name: string) => ({ id, name, country: "MY", opensOn: null, closesOn: null });
  const assessment = (id: string, firmId: string, programmeId: string) => ({
    id,
    firmId,
    programmeId,
    programmeName: null,
    status: "draft",
    currentRevision: 1,
    createdAt: new Date(0),
    updatedAt: new Date(0),
  });
  return {
    Interrupt,
    pathname: { current: null as string | null },
    currentUser: { current: null as null | { sessionId: string; id: string; email: string; name: string; role: string } },
    firms: {
      a: firm("11111111-1111-4111-8111-111111111111", "Firm A"),
      b: firm("22222222-2222-4222-8222-222222222222", "Firm B"),
    },
    programmes: {
      a: programme("33333333-3333-4333-8333-333333333333", "Programme A"),
      b: programme("44444444-4444-4444-8444-444444444444", "Programme B"),
    },
    catalogueItems: [
      { id: "zc-rubber", kind: "case-study", country: "CN" },
      { id: "penang-grant", kind: "policy-instrument", country: "MY" },
      { id: "thai-grant", kind: "policy-instrument", country: "TH" },
      { id: "technology-vouchers", kind: "instrument-type", country: "generic" },
    ].map((entry) => ({ ...entry, status: "active", item: {}, programmeId: null, updatedAt: new Date(0) })),
    assessments: {
      a: assessment("55555555-5555-4555-8555-55555555555a", "11111111-1111-4111-8111-111111111111", "33333333-3333-4333-8333-333333333333"),
      b: assessment("55555555-5555-4555-8555-55555555555b", "22222222-2222-4222-8222-222222222222", "44444444-4444-4444-8444-444444444444"),
    },
  };
});

const { Interrupt } = world;

const users = {
  managerA: { sessionId: "s1", id: "aaaaaaaa-0000-4000-8000-000000000001", email: "a@firm-a.example", name: "Manager A", role: "sme" },
  officerA: { sessionId: "s2", id: "aaaaaaaa-0000-4000-8000-000000000002", email: "o@agency.example", name: "Officer A", role: "officer" },
  admin: { sessionId: "s3", id: "aaaaaaaa-0000-4000-8000-000000000003", email: "admin@agency.example", name: "Admin", role: "admin" },
  auditor: { sessionId: "s4", id: "aaaaaaaa-0000-4000-8000-000000000004", email: "x@agency.example", name: "Unknown role", role: "auditor" },
  // Firm A's contributor, and a former member of firm A whose membership was removed.
  contributorA: { sessionId: "s5", id: "aaaaaaaa-0000-4000-8000-000000000005", email: "c@firm-a.example", name: "Contributor A", role: "sme" },
  removedA: { sessionId: "s6", id: "aaaaaaaa-0000-4000-8000-000000000006", email: "r@firm-a.example", name: "Removed A", role: "sme" },
};

const queries = vi.hoisted(() => ({
  // Manager A and contributor A belong to firm A; officer A runs programme A, in which firm A is enrolled.
  getFirmForMember: vi.fn(async (userId: string, firmId: string) =>
    ["aaaaaaaa-0000-4000-8000-000000000001", "aaaaaaaa-0000-4000-8000-000000000005"].includes(userId) && firmId === world.firms.a.id ? world.firms.a : null,
  ),
  getFirmMemberRole: vi.fn(async (userId: string, firmId: string) =>
    firmId !== world.firms.a.id ? null : userId === "aaaaaaaa-0000-4000-8000-000000000001" ? "manager" : userId === "aaaaaaaa-0000-4000-8000-000000000005" ? "contributor" : null,
  ),
  getFirmForOfficer: vi.fn(async (userId: string, firmId: string) =>
    userId === "aaaaaaaa-0000-4000-8000-000000000002" && firmId === world.firms.a.id ? world.firms.a : null,
  ),
  getFirmById: vi.fn(async (firmId: string) => Object.values(world.firms).find((f) => f.id === firmId) ?? null),
  getProgrammeForOfficer: vi.fn(async (userId: string, programmeId: string) =>
    userId === "aaaaaaaa-0000-4000-8000-000000000002" && programmeId === world.programmes.a.id ? world.programmes.a : null,
  ),
  getProgrammeById: vi.fn(async (programmeId: string) => Object.values(world.programmes).find((p) => p.id === programmeId) ?? null),
  // Assessment A is firm A's, made in programme A.
  getAssessmentForMember: vi.fn(async (userId: string, assessmentId: string) =>
    ["aaaaaaaa-0000-4000-8000-000000000001", "aaaaaaaa-0000-4000-8000-000000000005"].includes(userId) && assessmentId === world.assessments.a.id ? world.assessments.a : null,
  ),
  getAssessmentForOfficer: vi.fn(async (userId: string, assessmentId: string) =>
    userId === "aaaaaaaa-0000-4000-8000-000000000002" && assessmentId === world.assessments.a.id ? world.assessments.a : null,
  ),
  getAssessmentById: vi.fn(async (assessmentId: string) => Object.values(world.assessments).find((a) => a.id === assessmentId) ?? null),
  // Officer A runs programme A, in Malaysia.
  listProgrammesForOfficer: vi.fn(async (userId: string) =>
    userId === "aaaaaaaa-0000-4000-8000-000000000002" ? [{ ...world.programmes.a, firmCount: 1 }] : [],
  ),
  getCatalogueItem: vi.fn(async (id: string) => world.catalogueItems.find((entry) => entry.id === id) ?? null),
}));

vi.mock("next/navigation", () => ({
  redirect: vi.fn((url: string) => {
    throw new world.Interrupt("redirect", url);
  }),
  notFound: vi.fn(() => {
    throw new world.Interrupt("not-found");
  }),
  forbidden: vi.fn(() => {
    throw new world.Interrupt("forbidden");
  }),
  unauthorized: vi.fn(() => {
    throw new world.Interrupt("unauthorized");
  }),
}));
vi.mock("next/headers", () => ({
  headers: vi.fn(async () => {
    const path = world.pathname.current;
    if (path === null) return new Headers({});
    // The proxy sets both: the bare path (for routing decisions) and the path with its query.
    return new Headers({ "x-pathname": path.split("?")[0]!, "x-url-path": path });
  }),
}));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: vi.fn(async () => world.currentUser.current) }));
vi.mock("@/lib/db/queries/firms", () => ({
  getFirmForMember: queries.getFirmForMember,
  getFirmForOfficer: queries.getFirmForOfficer,
  getFirmById: queries.getFirmById,
}));
vi.mock("@/lib/db/queries/assessments", () => ({
  getAssessmentForMember: queries.getAssessmentForMember,
  getAssessmentForOfficer: queries.getAssessmentForOfficer,
  getAssessmentById: queries.getAssessmentById,
}));
vi.mock("@/lib/db/queries/programmes", () => ({
  getProgrammeForOfficer: queries.getProgrammeForOfficer,
  getProgrammeById: queries.getProgrammeById,
  listProgrammesForOfficer: queries.listProgrammesForOfficer,
}));
vi.mock("@/lib/db/queries/catalogue", () => ({ getCatalogueItem: queries.getCatalogueItem }));
vi.mock("@/lib/db/queries/firm-team", () => ({ getFirmMemberRole: queries.getFirmMemberRole }));

const { requireAssessmentAccess, requireCatalogueEditAccess, requireFirmAccess, requireFirmManager, requireProgrammeAccess, requireRole, requireUser } = await import(
  "@/lib/auth/guards"
);

/** What the guard did: "ok", or the navigation interrupt it threw (redirect URL included). */
async function outcome(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "ok";
  } catch (error) {
    if (error instanceof Interrupt) return error.url ? `${error.kind} ${error.url}` : error.kind;
    throw error;
  }
}

function signIn(user: (typeof users)[keyof typeof users] | null, pathname: string | null = "/dashboard") {
  world.currentUser.current = user;
  world.pathname.current = pathname;
}

const noQueryCalled = () => {
  for (const query of Object.values(queries)) expect(query).not.toHaveBeenCalled();
};

beforeEach(() => {
  vi.clearAllMocks();
  signIn(null);
});

describe("requireUser", () => {
  it("returns the signed-in user", async () => {
    signIn(users.managerA);
    await expect(requireUser()).resolves.toEqual(users.managerA);
  });

  it("sends an anonymous page request to sign-in, coming back to the same path", async () => {
    signIn(null, "/assessments/42/people");
    expect(await outcome(requireUser)).toBe("redirect /sign-in?callbackUrl=%2Fassessments%2F42%2Fpeople");
  });

  it("keeps the query string in the way back after sign-in", async () => {
    signIn(null, "/officer/queue?status=submitted&page=2");
    expect(await outcome(requireUser)).toBe("redirect /sign-in?callbackUrl=%2Fofficer%2Fqueue%3Fstatus%3Dsubmitted%26page%3D2");
  });

  it("answers 401 to an anonymous API request instead of redirecting", async () => {
    signIn(null, "/api/firms/123");
    expect(await outcome(requireUser)).toBe("unauthorized");
  });

  it("treats a page whose name starts with 'api' as a page", async () => {
    signIn(null, "/apiary");
    expect(await outcome(requireUser)).toBe("redirect /sign-in?callbackUrl=%2Fapiary");
  });

  it("sends to sign-in with the home path when the path is unknown", async () => {
    signIn(null, null);
    expect(await outcome(requireUser)).toBe("redirect /sign-in?callbackUrl=%2F");
  });
});

describe("requireRole", () => {
  it.each([
    ["managerA", ["sme"], "ok"],
    ["managerA", ["officer", "admin"], "forbidden"],
    ["officerA", ["officer", "admin"], "ok"],
    ["officerA", ["admin"], "forbidden"],
    ["admin", ["admin"], "ok"],
    ["admin", ["sme"], "forbidden"],
  ] as const)("%s against %j → %s", async (user, allowed, expected) => {
    signIn(users[user]);
    expect(await outcome(() => requireRole(...allowed))).toBe(expected);
  });

  it("fails closed for a role it does not know, whatever is allowed", async () => {
    signIn(users.auditor);
    expect(await outcome(() => requireRole("sme", "officer", "admin"))).toBe("forbidden");
  });

  it("sends an anonymous caller to sign-in rather than answering 403", async () => {
    signIn(null, "/officer");
    expect(await outcome(() => requireRole("officer"))).toBe("redirect /sign-in?callbackUrl=%2Fofficer");
  });
});

describe("requireFirmAccess", () => {
  it.each([
    ["managerA", "a", "ok"],
    ["managerA", "b", "not-found"],
    ["officerA", "a", "ok"],
    ["officerA", "b", "not-found"],
    ["admin", "a", "ok"],
    ["admin", "b", "ok"],
    ["auditor", "a", "not-found"],
    ["contributorA", "a", "ok"],
    ["contributorA", "b", "not-found"],
    ["removedA", "a", "not-found"], // a removed member reads nothing of the firm
  ] as const)("%s reading firm %s → %s", async (user, firm, expected) => {
    signIn(users[user]);
    expect(await outcome(() => requireFirmAccess(world.firms[firm].id))).toBe(expected);
  });

  it("returns the caller and the firm to the owner", async () => {
    signIn(users.managerA);
    await expect(requireFirmAccess(world.firms.a.id)).resolves.toEqual({ user: users.managerA, firm: world.firms.a, memberRole: "manager" });
  });

  it("asks each role's own scoped query, never the unscoped one for non-admins", async () => {
    signIn(users.managerA);
    await outcome(() => requireFirmAccess(world.firms.b.id));
    expect(queries.getFirmForMember).toHaveBeenCalledWith(users.managerA.id, world.firms.b.id);
    expect(queries.getFirmById).not.toHaveBeenCalled();
    expect(queries.getFirmForOfficer).not.toHaveBeenCalled();

    vi.clearAllMocks();
    signIn(users.officerA);
    await outcome(() => requireFirmAccess(world.firms.b.id));
    expect(queries.getFirmForOfficer).toHaveBeenCalledWith(users.officerA.id, world.firms.b.id);
    expect(queries.getFirmById).not.toHaveBeenCalled();
    expect(queries.getFirmForMember).not.toHaveBeenCalled();
  });

  it("fails closed for an unknown role without reading any firm", async () => {
    signIn(users.auditor);
    expect(await outcome(() => requireFirmAccess(world.firms.a.id))).toBe("not-found");
    noQueryCalled();
  });

  it.each(["", "123", "not-a-uuid", `${"11111111-1111-4111-8111-111111111111"}x`, "11111111-1111-4111-8111-11111111111", "../11111111-1111-4111-8111-111111111111"])(
    "answers not found for the malformed id %j without a query",
    async (id) => {
      signIn(users.admin);
      expect(await outcome(() => requireFirmAccess(id))).toBe("not-found");
      noQueryCalled();
    },
  );

  it("sends an anonymous caller to sign-in without a query", async () => {
    signIn(null, "/firms/x");
    expect(await outcome(() => requireFirmAccess(world.firms.a.id))).toBe("redirect /sign-in?callbackUrl=%2Ffirms%2Fx");
    noQueryCalled();
  });
});

describe("requireFirmManager", () => {
  it.each([
    ["managerA", "a", "ok"],
    ["managerA", "b", "not-found"],
    ["contributorA", "a", "forbidden"], // a contributor cannot start, submit, invite, remove or download
    ["removedA", "a", "not-found"],
    ["officerA", "a", "forbidden"],
    ["admin", "a", "forbidden"],
    ["auditor", "a", "forbidden"],
  ] as const)("%s acting for firm %s → %s", async (user, firm, expected) => {
    signIn(users[user]);
    expect(await outcome(() => requireFirmManager(world.firms[firm].id))).toBe(expected);
  });

  it.each(["start", "submit", "invite", "manage-members", "edit-profile", "download-data"] as const)("refuses the contributor for %s", async (permission) => {
    signIn(users.contributorA);
    expect(await outcome(() => requireFirmManager(world.firms.a.id, permission))).toBe("forbidden");
    signIn(users.managerA);
    expect(await outcome(() => requireFirmManager(world.firms.a.id, permission))).toBe("ok");
  });
});

describe("requireProgrammeAccess", () => {
  it.each([
    ["officerA", "a", "ok"],
    ["officerA", "b", "not-found"],
    ["admin", "a", "ok"],
    ["admin", "b", "ok"],
    ["managerA", "a", "forbidden"],
    ["auditor", "a", "forbidden"],
  ] as const)("%s opening programme %s → %s", async (user, programme, expected) => {
    signIn(users[user]);
    expect(await outcome(() => requireProgrammeAccess(world.programmes[programme].id))).toBe(expected);
  });

  it("returns the caller and the programme to its officer, asking the scoped query", async () => {
    signIn(users.officerA);
    await expect(requireProgrammeAccess(world.programmes.a.id)).resolves.toEqual({ user: users.officerA, programme: world.programmes.a });
    expect(queries.getProgrammeForOfficer).toHaveBeenCalledWith(users.officerA.id, world.programmes.a.id);
    expect(queries.getProgrammeById).not.toHaveBeenCalled();
  });

  it("refuses an SME before any query", async () => {
    signIn(users.managerA);
    await outcome(() => requireProgrammeAccess(world.programmes.a.id));
    noQueryCalled();
  });

  it("answers not found for a malformed id and for a programme that does not exist", async () => {
    signIn(users.officerA);
    expect(await outcome(() => requireProgrammeAccess("programme-a"))).toBe("not-found");
    noQueryCalled();
    signIn(users.admin);
    expect(await outcome(() => requireProgrammeAccess("55555555-5555-4555-8555-555555555555"))).toBe("not-found");
  });

  it("answers 401 to an anonymous API caller", async () => {
    signIn(null, "/api/programmes/export");
    expect(await outcome(() => requireProgrammeAccess(world.programmes.a.id))).toBe("unauthorized");
  });
});

describe("requireAssessmentAccess", () => {
  it.each([
    ["managerA", "a", "read", "ok"],
    ["managerA", "a", "edit", "ok"],
    ["managerA", "b", "read", "not-found"],
    ["managerA", "b", "edit", "not-found"],
    ["officerA", "a", "read", "ok"],
    ["officerA", "b", "read", "not-found"],
    ["officerA", "a", "edit", "forbidden"], // officers review, they never answer
    ["admin", "a", "read", "ok"],
    ["admin", "b", "read", "ok"],
    ["admin", "a", "edit", "forbidden"],
    ["auditor", "a", "read", "not-found"],
    ["auditor", "a", "edit", "forbidden"],
    ["managerA", "a", "manage", "ok"],
    ["contributorA", "a", "read", "ok"],
    ["contributorA", "a", "edit", "ok"], // a contributor answers
    ["contributorA", "a", "manage", "forbidden"], // but does not submit
    ["removedA", "a", "read", "not-found"],
    ["removedA", "a", "edit", "not-found"],
    ["officerA", "a", "manage", "forbidden"],
  ] as const)("%s opening assessment %s to %s → %s", async (user, assessment, mode, expected) => {
    signIn(users[user]);
    expect(await outcome(() => requireAssessmentAccess(world.assessments[assessment].id, mode))).toBe(expected);
  });

  it("reads by default, asking each role's scoped query", async () => {
    signIn(users.managerA);
    await expect(requireAssessmentAccess(world.assessments.a.id)).resolves.toEqual({ user: users.managerA, assessment: world.assessments.a, memberRole: "manager" });
    expect(queries.getAssessmentForMember).toHaveBeenCalledWith(users.managerA.id, world.assessments.a.id);
    expect(queries.getAssessmentById).not.toHaveBeenCalled();
    signIn(users.officerA);
    await requireAssessmentAccess(world.assessments.a.id);
    expect(queries.getAssessmentForOfficer).toHaveBeenCalledWith(users.officerA.id, world.assessments.a.id);
    expect(queries.getAssessmentById).not.toHaveBeenCalled();
  });

  it("fails closed for an unknown role and a malformed id without a query", async () => {
    signIn(users.auditor);
    await outcome(() => requireAssessmentAccess(world.assessments.a.id));
    noQueryCalled();
    signIn(users.managerA);
    expect(await outcome(() => requireAssessmentAccess("assessment-a", "edit"))).toBe("not-found");
    noQueryCalled();
  });

  it("sends an anonymous caller to sign-in, or 401 on the API", async () => {
    signIn(null, "/assessments/x");
    expect(await outcome(() => requireAssessmentAccess(world.assessments.a.id))).toBe("redirect /sign-in?callbackUrl=%2Fassessments%2Fx");
    signIn(null, "/api/assessments/x/answers");
    expect(await outcome(() => requireAssessmentAccess(world.assessments.a.id, "edit"))).toBe("unauthorized");
    noQueryCalled();
  });
});

describe("requireCatalogueEditAccess", () => {
  it.each([
    ["admin", "zc-rubber", "ok"],
    ["admin", "thai-grant", "ok"],
    ["admin", "technology-vouchers", "ok"],
    ["officerA", "penang-grant", "ok"], // a policy instrument of the officer's programme country
    ["officerA", "zc-rubber", "forbidden"], // case studies are the admins'
    ["officerA", "thai-grant", "forbidden"], // another country's instrument
    ["officerA", "technology-vouchers", "forbidden"], // a generic type shows in every country
    ["managerA", "penang-grant", "forbidden"],
    ["auditor", "penang-grant", "forbidden"],
  ] as const)("%s editing %s → %s", async (user, itemId, expected) => {
    signIn(users[user]);
    expect(await outcome(() => requireCatalogueEditAccess(itemId))).toBe(expected);
  });

  it("gives an admin the whole catalogue and an officer their programmes' countries", async () => {
    signIn(users.admin);
    await expect(requireCatalogueEditAccess()).resolves.toEqual({ user: users.admin, scope: { kind: "all" } });
    signIn(users.officerA);
    await expect(requireCatalogueEditAccess()).resolves.toEqual({
      user: users.officerA,
      scope: { kind: "programmes", programmes: [{ id: world.programmes.a.id, name: world.programmes.a.name, country: "MY" }] },
    });
    expect(queries.listProgrammesForOfficer).toHaveBeenCalledWith(users.officerA.id);
  });

  it("keeps each audience on its own pages: an officer gets 403 under /admin, an admin under /officer", async () => {
    signIn(users.officerA);
    expect(await outcome(() => requireCatalogueEditAccess(null, { audience: "admin" }))).toBe("forbidden");
    expect(await outcome(() => requireCatalogueEditAccess("penang-grant", { audience: "officer" }))).toBe("ok");
    signIn(users.admin);
    expect(await outcome(() => requireCatalogueEditAccess(null, { audience: "officer" }))).toBe("forbidden");
  });

  it("refuses an SME and an unknown role before any query", async () => {
    for (const user of [users.managerA, users.auditor]) {
      signIn(user);
      expect(await outcome(() => requireCatalogueEditAccess())).toBe("forbidden");
    }
    noQueryCalled();
  });

  it("answers not found for a malformed or unknown id", async () => {
    signIn(users.admin);
    expect(await outcome(() => requireCatalogueEditAccess("../etc/passwd"))).toBe("not-found");
    expect(queries.getCatalogueItem).not.toHaveBeenCalled();
    expect(await outcome(() => requireCatalogueEditAccess("no-such-item"))).toBe("not-found");
  });

  it("sends an anonymous caller to sign-in", async () => {
    signIn(null, "/admin/catalogue");
    expect(await outcome(() => requireCatalogueEditAccess())).toBe("redirect /sign-in?callbackUrl=%2Fadmin%2Fcatalogue");
    noQueryCalled();
  });
});

