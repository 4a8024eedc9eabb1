// Reads a rendered PDF back with Debian's poppler-utils, the way a reader's viewer lays it out:
// each page's word boxes (pdftotext -bbox-layout) and a 30 dpi greyscale image of each page
// (pdftoppm -gray). `npm test` installs the tools (scripts/lib/ensure-poppler.sh).
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseBboxLayout, parsePgm, type GreyImage, type TextPage } from "@/lib/report/page-layout-check";

const run = promisify(execFile);

async function tool(name: string, args: string[]): Promise<string> {
  try {
    return (await run(name, args, { maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new Error(`${name} is missing: install poppler-utils with \`bash scripts/lib/ensure-poppler.sh\``);
    throw error;
  }
}

export type PdfPages = { text: TextPage[]; images: GreyImage[] };

/** The PDF's pages as word boxes and as greyscale images, in page order. */
export async function readPdfPages(pdf: Buffer): Promise<PdfPages> {
  const dir = await mkdtemp(join(tmpdir(), "adp-report-"));
  try {
    const file = join(dir, "report.pdf");
    await writeFile(file, pdf);
    const [xhtml] = await Promise.all([tool("pdftotext", ["-bbox-layout", file, "-"]), tool("pdftoppm", ["-r", "30", "-gray", file, join(dir, "page")])]);
    // pdftoppm names pages page-1.pgm … or page-01.pgm …, zero-padded to the page count's width.
    const names = (await readdir(dir)).filter((name) => name.endsWith(".pgm")).sort();
    const images = await Promise.all(names.map(async (name) => parsePgm(await readFile(join(dir, name)))));
    return { text: parseBboxLayout(xhtml), images };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
