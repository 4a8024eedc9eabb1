import type { radarEn } from "./radar.en";

// Bahasa Malaysia text of the results radar.
export const radarMs: typeof radarEn = {
  spokeLink: "{dimension}: dari mana skor ini datang",
  gapBelow: "{gap} tahap di bawah sasaran",
  onTarget: "Mencapai sasaran",
  gapLabel: "Jurang",
  listCaption: "Tahap semasa dan sasaran mengikut dimensi (0 hingga 5)",
  figures: "Tahap semasa {current}, sasaran {target}",
  figuresAverage: "purata program {average}",
  figuresValidated: "tahap disahkan {validated}",
};
