import { StyleSheet } from "@react-pdf/renderer";
import { chartInk } from "@/lib/charts/palette";

// A4 in points; the built-in Helvetica needs no font file. Every colour comes from the one chart
// palette (lib/charts/palette.ts): the radar's series from seriesColours, ink and rules from chartInk.
export const reportInk = { ink: chartInk.ink, muted: chartInk.muted, rule: chartInk.grid, fill: chartInk.panel } as const;

/** The page's margins; the footer sits in the bottom one. */
export const pageMargin = { top: 48, bottom: 56, side: 48 } as const;

/**
 * Where the footer starts, from the top of the A4 page (842 pt): 14 pt into the bottom margin, room
 * for two lines. Measured from the top because react-pdf 4 places a fixed element's `bottom`
 * against the height of the whole unbroken content, off every page but the last.
 */
const footerTop = 841.89 - pageMargin.bottom + 14;

// Every text style sets its own lineHeight: react-pdf resolves a unitless lineHeight against the
// font size of the element that declares it and children inherit the resulting points, so a 28 pt
// figure under the page's 10 pt text would get a 13.5 pt line and print over the next line.
const line = (fontSize: number, factor = 1.35) => ({ fontSize, lineHeight: factor });

export const styles = StyleSheet.create({
  page: { paddingTop: pageMargin.top, paddingBottom: pageMargin.bottom, paddingHorizontal: pageMargin.side, fontFamily: "Helvetica", ...line(10), color: reportInk.ink },
  title: { fontFamily: "Helvetica-Bold", ...line(20, 1.2), marginBottom: 6 },
  firmName: { fontFamily: "Helvetica-Bold", ...line(14, 1.25), marginBottom: 6 },
  meta: { color: reportInk.muted, marginBottom: 2 },
  status: { marginTop: 6, padding: 6, backgroundColor: reportInk.fill },
  section: { marginTop: 16 },
  heading: { fontFamily: "Helvetica-Bold", ...line(13, 1.25), marginBottom: 6 },
  subheading: { fontFamily: "Helvetica-Bold", ...line(11, 1.25), marginTop: 8, marginBottom: 4 },
  paragraph: { marginBottom: 4 },
  muted: { color: reportInk.muted },
  bold: { fontFamily: "Helvetica-Bold" },
  definitionRow: { flexDirection: "row", marginBottom: 2 },
  definitionLabel: { width: 150, paddingRight: 8, fontFamily: "Helvetica-Bold" },
  definitionValue: { flex: 1 },
  indexRow: { flexDirection: "row", flexWrap: "wrap", alignItems: "flex-end", marginBottom: 6 },
  indexValue: { fontFamily: "Helvetica-Bold", ...line(28, 1.15), marginRight: 6 },
  indexOutOf: { color: reportInk.muted, marginBottom: 4 },
  indexBand: { fontFamily: "Helvetica-Bold", ...line(12, 1.25), marginLeft: 12, marginBottom: 3 },
  table: { borderTopWidth: 1, borderColor: reportInk.rule },
  tableRow: { flexDirection: "row", borderBottomWidth: 0.5, borderColor: reportInk.rule },
  tableHeader: { fontFamily: "Helvetica-Bold", backgroundColor: reportInk.fill },
  cell: { paddingVertical: 3, paddingHorizontal: 4 },
  numeric: { textAlign: "right" },
  figure: { alignItems: "center" },
  legendRow: { flexDirection: "row", flexWrap: "wrap", justifyContent: "center", marginTop: 4 },
  legendItem: { flexDirection: "row", alignItems: "center", marginHorizontal: 8 },
  legendLabel: { marginLeft: 4 },
  card: { marginBottom: 8, paddingLeft: 8, borderLeftWidth: 2, borderColor: reportInk.rule },
  cardTitle: { fontFamily: "Helvetica-Bold", marginBottom: 2 },
  bullet: { flexDirection: "row", marginBottom: 1 },
  bulletMark: { width: 10 },
  bulletText: { flex: 1 },
  footer: { position: "absolute", top: footerTop, left: pageMargin.side, right: pageMargin.side, flexDirection: "row", justifyContent: "space-between", ...line(8, 1.25), color: reportInk.muted },
  footerText: { flex: 1, marginRight: 12 },
  // Its own width: react-pdf lays the row out before the page count exists, so a text that is
  // rendered later would get none and print over the footer's other text.
  pageNumber: { width: 96, textAlign: "right" },
});
