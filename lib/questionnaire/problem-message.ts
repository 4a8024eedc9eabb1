import { maxNoteLength } from "./answer-limits";
import type { QuestionnaireText } from "./text-schema";
import type { AnswerProblem } from "./validate-answer-set";
import { listProfileQuestions } from "./visible-items";
import type { QuestionnaireVersion } from "./version-schema";

/** The UI message (under `assessment.problems`) that names the rule an answer broke, with its values. */
export type ProblemMessage = {
  key:
    | "wholeNumber"
    | "yesOrNo"
    | "unknownOption"
    | "tooSmall"
    | "tooLarge"
    | "tooMany"
    | "exclusiveOption"
    | "notALevel"
    | "noteTooLong"
    | "unstorableText"
    | "required"
    | "unknownQuestion"
    | "ratedApart"
    | "other";
  values: Record<string, string | number>;
};

/**
 * Says which rule was broken (issue 15: "Choose at most 3", not one generic "enter a valid answer"),
 * with the limits read from the questionnaire version so the message always matches the check.
 */
export function describeProblem(problem: AnswerProblem, version: QuestionnaireVersion, text: QuestionnaireText): ProblemMessage {
  const message = (key: ProblemMessage["key"], values: ProblemMessage["values"] = {}): ProblemMessage => ({ key, values });
  const dot = problem.field.indexOf(".");
  const part = problem.field.slice(0, dot);
  const id = problem.field.slice(dot + 1);
  const question = part === "profile" ? listProfileQuestions(version).find((q) => q.id === id) : undefined;
  switch (problem.code) {
    case "wrong-type":
      if (question?.type === "integer") return message("wholeNumber");
      if (question?.type === "boolean") return message("yesOrNo");
      return message("other");
    case "unknown-option":
      return message("unknownOption");
    case "too-small":
      return question?.type === "integer" ? message("tooSmall", { min: question.min }) : message("other");
    case "too-large":
      return question?.type === "integer" && question.max !== undefined ? message("tooLarge", { max: question.max }) : message("other");
    case "too-many":
      return question?.type === "multi-select" && question.maxSelected !== undefined ? message("tooMany", { max: question.maxSelected }) : message("other");
    case "exclusive-option": {
      const option = question?.type === "multi-select" ? question.exclusiveOptions?.[0] : undefined;
      if (option === undefined) return message("other");
      return message("exclusiveOption", { option: text.profile[id]?.options?.[option] ?? option });
    }
    case "not-a-level":
      return message("notALevel");
    case "note-too-long":
      return message("noteTooLong", { max: maxNoteLength });
    case "unstorable-text":
      return message("unstorableText");
    case "required":
      return message("required");
    case "unknown-question":
      return message("unknownQuestion");
    case "rated-apart":
      return message("ratedApart");
    default:
      // A rule added later (e.g. on the text of notes) still gets a message, if a general one.
      return message("other");
  }
}

/**
 * The error summary's line for a field: its name, then the message. A name that is a question
 * already ends a sentence, so it takes no colon ("…use today? Choose…", never "today?: Choose…").
 */
export function summariseProblem(fieldName: string, message: string): string {
  const name = fieldName.trim();
  return /[?!.:…”"]$/u.test(name) ? `${name} ${message}` : `${name}: ${message}`;
}
