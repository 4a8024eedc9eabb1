import { describe, expect, it } from "vitest";
import { firmProfileChanges } from "@/lib/firms/firm-profile";

const before = { name: "Plastik Maju", sector: "22", employees: 80, country: "MY" };

describe("firmProfileChanges", () => {
  it("lists each changed field with its value before and after", () => {
    expect(firmProfileChanges(before, { ...before, employees: 95, name: "Plastik Maju Sdn Bhd" })).toEqual({
      name: { before: "Plastik Maju", after: "Plastik Maju Sdn Bhd" },
      employees: { before: 80, after: 95 },
    });
  });

  it("is empty when nothing changed", () => {
    expect(firmProfileChanges(before, { ...before })).toEqual({});
  });
});
