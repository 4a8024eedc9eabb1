// English text of the results radar (server drawing, its recharts version and the phone list);
// radar.ms.ts must have exactly these keys.
export const radarEn = {
  spokeLink: "{dimension}: where this score comes from",
  gapBelow: "{gap} levels below target",
  onTarget: "At target",
  gapLabel: "Gap",
  listCaption: "Current level and target by dimension (0 to 5)",
  figures: "Current level {current}, target {target}",
  figuresAverage: "programme average {average}",
  figuresValidated: "validated level {validated}",
};
