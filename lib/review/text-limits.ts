// Longest texts an officer may write; longer input is refused with an error, never truncated.
// The same figure as a firm's note, so a justification can answer a note in full.
export const maxJustificationLength = 2000;
export const maxCommentLength = 2000;
export const maxReturnReasonLength = 2000;
