import { z } from "zod";
import { localeIds } from "./taxonomy";

const TextSchema = z.string().refine((value) => value.trim().length > 0, "text must not be blank");

const LevelTextSchema = z.strictObject({
  /** Two to four words, shown on the level button. */
  label: TextSchema,
  /** What an assessor would see in the plant at this level. */
  descriptor: TextSchema,
});
export type LevelText = z.infer<typeof LevelTextSchema>;

const sixOf = <T extends z.ZodType>(schema: T) => z.tuple([schema, schema, schema, schema, schema, schema]);

/**
 * All human text of one questionnaire version in one language, keyed by the ids of the
 * structure. Which keys must exist is decided by the structure (see listTextProblems), so
 * a new language is one more file of this shape.
 */
export const QuestionnaireTextSchema = z.strictObject({
  locale: z.enum(localeIds),
  title: TextSchema,
  /** Generic names of the 0–5 scale, for charts and target pickers. */
  scale: sixOf(z.strictObject({ label: TextSchema, description: TextSchema })),
  sections: z.record(z.string(), z.strictObject({ title: TextSchema, intro: TextSchema })),
  factors: z.record(z.string(), z.strictObject({ title: TextSchema, description: TextSchema })),
  dimensions: z.record(z.string(), z.strictObject({ title: TextSchema, description: TextSchema })),
  indicators: z.record(
    z.string(),
    z.strictObject({ question: TextSchema, help: TextSchema.optional(), levels: sixOf(LevelTextSchema) }),
  ),
  profile: z.record(
    z.string(),
    z.strictObject({
      label: TextSchema,
      hint: TextSchema.optional(),
      options: z.record(z.string(), TextSchema).optional(),
    }),
  ),
});
export type QuestionnaireText = z.infer<typeof QuestionnaireTextSchema>;
