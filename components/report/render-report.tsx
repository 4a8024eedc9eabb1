import "server-only";
import { Font, renderToBuffer } from "@react-pdf/renderer";
import type { ReportModel } from "@/lib/report/report-model";
import { ReportDocument } from "./report-document";

// Lines break between words only: react-pdf's default hyphenation follows English rules, which
// would split Malay words wrongly (and every split word is harder to find in the PDF's text).
Font.registerHyphenationCallback((word) => [word]);

/** The report as PDF bytes (A4, built-in Helvetica); rendered in memory, a report is a few tens of kilobytes. */
export async function renderReportPdf(model: ReportModel): Promise<Buffer> {
  return renderToBuffer(<ReportDocument model={model} />);
}
