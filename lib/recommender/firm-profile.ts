import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import {
  challengeIds,
  countryCodes,
  firmSizeBandFor,
  isicDivisionCodes,
  technologyIds,
  type ChallengeId,
  type CountryCode,
  type FirmSizeBand,
  type IsicDivision,
  type TechnologyId,
} from "@/lib/questionnaire/taxonomy";

/**
 * The facts about a firm the recommender matches on, read from the profile answers. A missing
 * or malformed answer is left out (undefined), never guessed: an eligibility rule that needs it
 * then becomes "check eligibility" instead of a silent yes or no.
 */
export type FirmProfile = {
  country?: CountryCode;
  sector?: IsicDivision;
  employees?: number;
  /** From employees (taxonomy firmSizeBands). */
  sizeBand?: FirmSizeBand;
  exports?: boolean;
  offersServices?: boolean;
  /** Known technology ids in taxonomy order; "none" and unknown ids are dropped. */
  technologies: TechnologyId[];
  /** Known challenge ids in taxonomy order (the order the firm ticked them changes nothing). */
  challenges: ChallengeId[];
};

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function subsetOf<T extends string>(value: unknown, allowed: readonly T[]): T[] {
  return Array.isArray(value) ? allowed.filter((id) => value.includes(id)) : [];
}

/** Reads the profile part of an answer set (v1 question ids: country, sector, employees, exports, offers-services, technologies, challenges). */
export function readFirmProfile(profile: AnswerSet["profile"]): FirmProfile {
  // Own keys only, so an id such as "constructor" never reads Object.prototype.
  const read = (key: string) => (Object.hasOwn(profile, key) ? profile[key] : undefined);
  const employeesValue = read("employees");
  const employees = typeof employeesValue === "number" && Number.isInteger(employeesValue) && employeesValue >= 1 ? employeesValue : undefined;
  const exportsValue = read("exports");
  const servicesValue = read("offers-services");
  return {
    country: oneOf(read("country"), countryCodes),
    sector: oneOf(read("sector"), isicDivisionCodes),
    employees,
    sizeBand: employees === undefined ? undefined : firmSizeBandFor(employees),
    exports: typeof exportsValue === "boolean" ? exportsValue : undefined,
    offersServices: typeof servicesValue === "boolean" ? servicesValue : undefined,
    technologies: subsetOf(read("technologies"), technologyIds),
    challenges: subsetOf(read("challenges"), challengeIds),
  };
}
