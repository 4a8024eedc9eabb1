import type { authorshipEn } from "./authorship.en";

// Malay text of who answered what (answer history, decision 027); the same keys as authorship.en.ts.
export const authorshipMs: typeof authorshipEn = {
  answeredBy: "{answer} — {name}, {date}",
  level: "Tahap {level} – {label}",
  levelShort: "Tahap {level}",
  cleared: "Jawapan dikosongkan",
  note: "Nota: {text}",
  noteCleared: "Nota dipadam",
  historyTitle: "Sejarah ({count})",
  historyEntry: "{answer} — {name}, {moment}",
  sources: {
    agreement: "dipersetujui selepas penilaian berasingan",
    carried: "dikekalkan daripada semakan yang dikembalikan",
  },
  conflictBy: "{name} menukar jawapan ini pada {time}; sila semak.",
  reviewAnsweredBy: "Dijawab oleh {name}, {date}",
  reviewNotAnswered: "Tiada jawapan direkodkan",
};
