import { z } from "zod";
import { ProfileValueSchema } from "@/lib/questionnaire/answer-set";

export const PagePostSchema = z.object({
  assessmentId: z.uuid(),
  pageId: z.string().min(1).max(100),
  baseVersion: z.coerce.number().int().min(0),
  intent: z.enum(["next", "previous", "overview", "stay"]).default("stay"),
  /** The page's values as rendered, to tell the person's changes from someone else's (JSON). */
  baseAnswers: z
    .string()
    .max(100_000)
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "not JSON" });
        return z.NEVER;
      }
    })
    .pipe(z.record(z.string(), ProfileValueSchema.nullable())),
});
export type PagePost = z.infer<typeof PagePostSchema>;
