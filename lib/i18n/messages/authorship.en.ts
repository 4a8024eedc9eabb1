// English text of who answered what (answer history, decision 027); authorship.ms.ts has the same keys.
export const authorshipEn = {
  answeredBy: "{answer} — {name}, {date}",
  level: "Level {level} – {label}",
  levelShort: "Level {level}",
  cleared: "Answer cleared",
  note: "Note: {text}",
  noteCleared: "Note removed",
  historyTitle: "History ({count})",
  historyEntry: "{answer} — {name}, {moment}",
  sources: {
    agreement: "agreed after independent rating",
    carried: "kept from the returned revision",
  },
  /** The conflict panel: who saved the other answer. */
  conflictBy: "{name} changed this answer at {time}; check it.",
  /** The officer's review page. */
  reviewAnsweredBy: "Answered by {name}, {date}",
  reviewNotAnswered: "No answer recorded",
};
