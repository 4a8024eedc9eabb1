// The four parts of an answer set, kept free of zod so browser code (autosave) can use it cheaply.
export const answerParts = ["profile", "levels", "notes", "targets"] as const;
export type AnswerPart = (typeof answerParts)[number];
