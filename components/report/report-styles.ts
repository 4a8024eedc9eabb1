import { StyleSheet } from "@react-pdf/renderer";

// A4 in points; the built-in Helvetica needs no font file. Colours follow the results page
// (radarColours in components/charts/readiness-radar.tsx) and print well in greyscale.
export const reportColours = { ink: "#0b0c0c", muted: "#505a5f", rule: "#b1b4b6", fill: "#f3f2f1", current: "#0b4f6c", target: "#b45309", validated: "#00703c" } as const;

export const styles = StyleSheet.create({
  page: { paddingTop: 48, paddingBottom: 56, paddingHorizontal: 48, fontFamily: "Helvetica", fontSize: 10, lineHeight: 1.35, color: reportColours.ink },
  title: { fontFamily: "Helvetica-Bold", fontSize: 20, marginBottom: 4 },
  firmName: { fontFamily: "Helvetica-Bold", fontSize: 14, marginBottom: 4 },
  meta: { color: reportColours.muted, marginBottom: 2 },
  status: { marginTop: 6, padding: 6, backgroundColor: reportColours.fill },
  section: { marginTop: 16 },
  heading: { fontFamily: "Helvetica-Bold", fontSize: 13, marginBottom: 6 },
  subheading: { fontFamily: "Helvetica-Bold", fontSize: 11, marginTop: 8, marginBottom: 4 },
  paragraph: { marginBottom: 4 },
  muted: { color: reportColours.muted },
  bold: { fontFamily: "Helvetica-Bold" },
  definitionRow: { flexDirection: "row", marginBottom: 2 },
  definitionLabel: { width: 150, fontFamily: "Helvetica-Bold" },
  definitionValue: { flex: 1 },
  indexRow: { flexDirection: "row", alignItems: "flex-end", marginBottom: 4 },
  indexValue: { fontFamily: "Helvetica-Bold", fontSize: 28, marginRight: 6 },
  indexBand: { fontFamily: "Helvetica-Bold", fontSize: 12, marginLeft: 12, marginBottom: 4 },
  table: { borderTopWidth: 1, borderColor: reportColours.rule },
  tableRow: { flexDirection: "row", borderBottomWidth: 0.5, borderColor: reportColours.rule },
  tableHeader: { fontFamily: "Helvetica-Bold", backgroundColor: reportColours.fill },
  cell: { paddingVertical: 3, paddingHorizontal: 4 },
  numeric: { textAlign: "right" },
  bar: { height: 6, backgroundColor: reportColours.fill, marginTop: 2 },
  barFill: { height: 6, backgroundColor: reportColours.current },
  legendRow: { flexDirection: "row", justifyContent: "center", marginTop: 4 },
  legendItem: { flexDirection: "row", alignItems: "center", marginHorizontal: 8 },
  card: { marginBottom: 8, paddingLeft: 8, borderLeftWidth: 2, borderColor: reportColours.rule },
  cardTitle: { fontFamily: "Helvetica-Bold", marginBottom: 2 },
  bullet: { flexDirection: "row", marginBottom: 1 },
  bulletMark: { width: 10 },
  bulletText: { flex: 1 },
  footer: { position: "absolute", bottom: 24, left: 48, right: 48, flexDirection: "row", justifyContent: "space-between", fontSize: 8, color: reportColours.muted },
});
