import { QuestionnaireVersionSchema, type QuestionnaireVersion } from "@/lib/questionnaire/version-schema";

/** A small version that exercises every rule kind; independent of the shipped content. */
export const fixtureVersion: QuestionnaireVersion = QuestionnaireVersionSchema.parse({
  id: "v9",
  version: 9,
  locales: ["en"],
  defaultLocale: "en",
  sections: [
    {
      id: "profile",
      kind: "profile",
      questions: [
        { id: "country", type: "single-select", required: true, hasHint: false, options: ["MY", "CN"] },
        { id: "services", type: "boolean", required: true, hasHint: false },
        { id: "staff", type: "integer", required: false, hasHint: false, min: 1, max: 1000 },
        { id: "techs", type: "multi-select", required: false, hasHint: false, options: ["iot", "cloud", "none"], exclusiveOptions: ["none"], maxSelected: 2 },
        {
          id: "service-kind",
          type: "single-select",
          required: true,
          hasHint: false,
          options: ["repair", "design"],
          visibleWhen: { op: "equals", questionId: "services", value: true },
        },
      ],
    },
    { id: "people-section", kind: "factor", factorId: "people" },
    { id: "services-section", kind: "factor", factorId: "services", visibleWhen: { op: "equals", questionId: "services", value: true } },
    { id: "targets", kind: "targets" },
  ],
  factors: [
    {
      id: "people",
      dimensions: [
        {
          id: "skills",
          weight: 1,
          defaultTarget: 3,
          indicators: [
            { id: "skills-a", weight: 1, hasHelp: false },
            { id: "skills-b", weight: 1, hasHelp: false, visibleWhen: { op: "equals", questionId: "country", value: "MY" } },
          ],
        },
        { id: "leadership", weight: 1, defaultTarget: 3, indicators: [{ id: "leadership-a", weight: 2, hasHelp: false }] },
      ],
    },
    {
      id: "services",
      dimensions: [{ id: "digital-services", weight: 1, defaultTarget: 2, indicators: [{ id: "digital-a", weight: 1, hasHelp: false }] }],
    },
  ],
});
