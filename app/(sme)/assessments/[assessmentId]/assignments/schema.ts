import { z } from "zod";
import { checkedList } from "@/lib/forms/form-schemas";

/** "Assign sections": members and sections (factor or section ids, dimension ids) ticked. */
export const AssignSectionsSchema = z.object({
  assessmentId: z.uuid(),
  userIds: checkedList(z.uuid()).pipe(z.array(z.uuid()).min(1, { error: "assignments.errors.membersRequired" }).max(50)),
  choices: checkedList(z.string().min(1).max(100)).pipe(z.array(z.string()).min(1, { error: "assignments.errors.sectionsRequired" }).max(100)),
});

/** One "Remove" button on an assignment; anything else answers 404. */
export const UnassignSectionSchema = z.object({
  assessmentId: z.uuid(),
  userId: z.uuid(),
  pageId: z.string().min(1).max(100),
});
