// The six readiness levels, apart from the zod schemas so the browser can read them without zod.
export const levelValues = [0, 1, 2, 3, 4, 5] as const;
