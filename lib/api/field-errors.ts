import type { z } from "zod";
import type { AnswerProblem } from "@/lib/questionnaire/validate-answer-set";
import { answerProblemMessages } from "./error-schema";
import { apiError } from "./responses";

/** Dotted path of a field; "(body)" (or "(query)") for the input as a whole. */
function joinPath(path: readonly PropertyKey[], root: string): string {
  return path.map(String).join(".") || root;
}

/**
 * One message per invalid field, keyed by its dotted path. An unknown key is reported at its
 * own path rather than at its parent, so a client can point at exactly what to remove. Built
 * with Object.fromEntries so that a key such as "__proto__" stays an ordinary entry.
 */
export function listFieldErrors(error: z.ZodError, root = "(body)"): Record<string, string> {
  const entries = new Map<string, string>();
  const add = (path: string, message: string) => {
    if (!entries.has(path)) entries.set(path, message);
  };
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add(joinPath([...issue.path, key], root), "This field is not part of the request.");
    } else {
      add(joinPath(issue.path, root), issue.message);
    }
  }
  return Object.fromEntries(entries);
}

/**
 * Error messages for zod parses of API input: a missing field reads "Required." instead of
 * zod's "expected object, received undefined"; everything else keeps zod's message.
 */
export const apiParseOptions: z.core.ParseContext<z.core.$ZodIssue> = {
  error: (issue) => (issue.code === "invalid_type" && issue.input === undefined ? "Required." : undefined),
};

/** 400 invalid_body: the body is JSON but not of the documented shape. */
export function invalidBodyResponse(error: z.ZodError): Response {
  return apiError(400, "invalid_body", "The request body does not match the schema; see fields.", { fields: listFieldErrors(error) });
}

/** 400 invalid_query: a query parameter is malformed. */
export function invalidQueryResponse(error: z.ZodError): Response {
  return apiError(400, "invalid_query", "A query parameter is not valid; see fields.", { fields: listFieldErrors(error, "(query)") });
}

/** The English message for one answer problem, naming what kind of id was not found. */
export function describeAnswerProblem(problem: AnswerProblem): string {
  if (problem.code === "unknown-question") {
    // Fields are "answers.<part>.<id>" or "targets.<id>"; an unknown id may itself contain dots.
    const rest = problem.field.startsWith("answers.") ? problem.field.slice("answers.".length) : problem.field;
    const part = rest.slice(0, rest.indexOf("."));
    if (part === "targets") return "There is no such dimension in this questionnaire version.";
    if (part === "levels" || part === "notes") return "There is no such indicator in this questionnaire version.";
  }
  return answerProblemMessages[problem.code];
}

/** 422 invalid_answers: well-formed answers that the questionnaire version does not accept. */
export function invalidAnswersResponse(problems: readonly AnswerProblem[]): Response {
  const fields = new Map<string, string>();
  for (const problem of problems) if (!fields.has(problem.field)) fields.set(problem.field, describeAnswerProblem(problem));
  return apiError(422, "invalid_answers", "Some answers are not valid for this questionnaire version; see fields and problems.", {
    fields: Object.fromEntries(fields),
    problems: [...problems],
  });
}
