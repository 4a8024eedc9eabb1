// Limits of an answer, apart from the zod schemas so the browser can read them without zod.

/** The longest note a person may add to an answer. */
export const maxNoteLength = 2000;
