// The programme form's field names, apart from its zod schema so the form can be drawn without zod.

/** The form field of a dimension's target level ("target-skills"). */
export const targetFieldName = (dimensionId: string) => `target-${dimensionId}`;
