import type { z } from "zod";
import { challengeIds, countryCodes, isicDivisionCodes, localeIds, technologyIds } from "../../taxonomy";
import type { QuestionnaireVersionSchema } from "../../version-schema";

// Version 1 of the questionnaire: structure only. All prose is in en.ts and ms.ts, keyed by
// the ids below. Published versions are immutable: once v1 is in use, any change to this
// file or its texts belongs in a v2 (the content hash in published.ts would move).

/** The profile answer that switches on the services module. */
export const v1OffersServicesQuestionId = "offers-services";

/**
 * Three indicators per dimension, all weighted 1: no source gives a basis for ranking one
 * indicator over its siblings, and equal weights keep scores easy to explain.
 */
const indicators = (...ids: string[]) => ids.map((id) => ({ id, weight: 1, hasHelp: true }));

/**
 * Level 3 ("established practice") as the default programme target: the level Industry4WRD
 * and SIRI style programmes treat as the first goal for an SME, reachable in two to three years.
 */
const defaultTarget = 3;

export const v1Structure = {
  id: "v1",
  version: 1,
  locales: [...localeIds],
  defaultLocale: "en",
  sections: [
    {
      id: "profile",
      kind: "profile",
      questions: [
        { id: "country", type: "single-select", required: true, hasHint: false, options: [...countryCodes] },
        { id: "sector", type: "single-select", required: true, hasHint: true, options: [...isicDivisionCodes] },
        // Upper bound only catches typing slips; the size bands stop at "large".
        { id: "employees", type: "integer", required: true, hasHint: true, min: 1, max: 1_000_000 },
        {
          id: "turnover",
          type: "single-select",
          required: true,
          hasHint: true,
          // US dollar bands so firms from different countries compare; "not-disclosed"
          // lets a firm answer without revealing figures it treats as confidential.
          options: ["under-100k", "100k-1m", "1m-5m", "5m-10m", "10m-50m", "over-50m", "not-disclosed"],
        },
        { id: "exports", type: "boolean", required: true, hasHint: false },
        { id: v1OffersServicesQuestionId, type: "boolean", required: true, hasHint: true },
        {
          id: "technologies",
          type: "multi-select",
          required: true,
          hasHint: true,
          options: [...technologyIds, "none"],
          exclusiveOptions: ["none"],
        },
        {
          id: "challenges",
          type: "multi-select",
          required: true,
          hasHint: true,
          options: [...challengeIds],
          // Three keeps the answer a ranking of what hurts most rather than a full checklist,
          // which is what the recommender needs to tell challenges apart.
          maxSelected: 3,
        },
      ],
    },
    { id: "people", kind: "factor", factorId: "people" },
    { id: "process", kind: "factor", factorId: "process" },
    { id: "technology", kind: "factor", factorId: "technology" },
    {
      id: "services",
      kind: "factor",
      factorId: "services",
      visibleWhen: { op: "equals", questionId: v1OffersServicesQuestionId, value: true },
    },
    { id: "targets", kind: "targets" },
  ],
  factors: [
    {
      id: "people",
      dimensions: [
        {
          id: "skills",
          weight: 1,
          defaultTarget,
          indicators: indicators("skills-operator-digital", "skills-training-system", "skills-technical-specialists"),
        },
        {
          id: "leadership",
          weight: 1,
          defaultTarget,
          indicators: indicators("leadership-digital-strategy", "leadership-investment", "leadership-change-management"),
        },
        {
          id: "linkages",
          weight: 1,
          defaultTarget,
          indicators: indicators("linkages-value-chain", "linkages-research", "linkages-networks"),
        },
        {
          id: "inclusion",
          weight: 1,
          defaultTarget,
          indicators: indicators("inclusion-safety", "inclusion-gender", "inclusion-job-transition"),
        },
      ],
    },
    {
      id: "process",
      dimensions: [
        {
          id: "operations",
          weight: 1,
          defaultTarget,
          indicators: indicators("operations-planning", "operations-shop-floor-data", "operations-vertical-integration"),
        },
        {
          id: "supply-chain",
          weight: 1,
          defaultTarget,
          indicators: indicators("supply-chain-data-exchange", "supply-chain-visibility", "supply-chain-planning"),
        },
        {
          id: "lifecycle",
          weight: 1,
          defaultTarget,
          indicators: indicators("lifecycle-development", "lifecycle-quality-traceability", "lifecycle-feedback"),
        },
        {
          id: "resource-efficiency",
          weight: 1,
          defaultTarget,
          indicators: indicators("resource-energy", "resource-materials-waste", "resource-environmental-targets"),
        },
      ],
    },
    {
      id: "technology",
      dimensions: [
        {
          id: "automation",
          weight: 1,
          defaultTarget,
          indicators: indicators("automation-production", "automation-robots", "automation-handling-inspection"),
        },
        {
          id: "connectivity",
          weight: 1,
          defaultTarget,
          indicators: indicators("connectivity-machines", "connectivity-platform", "connectivity-cybersecurity"),
        },
        {
          id: "intelligence",
          weight: 1,
          defaultTarget,
          indicators: indicators("intelligence-analysis", "intelligence-predictive-ai", "intelligence-cloud"),
        },
        {
          id: "digital-design",
          weight: 1,
          defaultTarget,
          indicators: indicators("design-cad", "design-cam-chain", "design-additive"),
        },
      ],
    },
    {
      id: "services",
      dimensions: [
        {
          id: "digital-services",
          weight: 1,
          defaultTarget,
          indicators: indicators("services-digital-offerings", "services-data-business-models", "services-customer-channels"),
        },
        {
          id: "after-sales",
          weight: 1,
          defaultTarget,
          indicators: indicators("after-sales-remote-monitoring", "after-sales-predictive-maintenance", "after-sales-service-records"),
        },
      ],
    },
  ],
} satisfies z.input<typeof QuestionnaireVersionSchema>;
