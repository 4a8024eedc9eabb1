import { wrapLabel } from "@/components/charts/wrap-label";
import { bandPath, gridRings, labelFirstBaseline, labelPlacement, levelPoints, polygonPath, radarMaxLevel, radarPoint, type RadarFrame } from "@/lib/charts/radar-geometry";
import type { RadarAxis } from "@/lib/cohort/cohort-radar";
import { smallCohort } from "@/lib/cohort/cohort-analytics";
import type { Spread } from "@/lib/cohort/statistics";
import type { CohortContext } from "./cohort-context";
import { FigureTable, SmallNCaution } from "./figure-table";

// The cohort radar, drawn on the server as plain SVG (no chart code sent to the browser): the mean
// per dimension as a line and the middle half of the firms (25th to 75th percentile) as a band.

const width = 560;
const height = 440;
const frame: RadarFrame = { centre: { x: width / 2, y: height / 2 }, radius: 140, maxLevel: radarMaxLevel };
const fontSize = 12;
const lineHeight = 14;
// 0.2 ≈ sin 12°: a slightly wider cone of centred labels than the default, as this chart has always drawn them.
const labelCentring = { horizontal: 0.2, vertical: 0.2 };

export const cohortRadarColours = { self: "#0b4f6c", validated: "#b45309", grid: "#b1b4b6", ink: "#0b0c0c", muted: "#505a5f" } as const;

type Props = {
  id: string;
  kind: "self" | "validated";
  title: string;
  axes: readonly { dimensionId: string; spread: Spread }[];
  ctx: CohortContext;
};

function RadarSvg({ id, kind, title, axes, ctx }: Props) {
  const colour = cohortRadarColours[kind];
  const levels = (pick: (s: Spread) => number) => levelPoints(frame, axes.map((a) => pick(a.spread)));
  const count = axes.length;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="cohort-radar__svg" role="img" aria-labelledby={`${id}-title`}>
      <title id={`${id}-title`}>{`${title}. ${ctx.t("cohort.radar.chartLabel", { count })}`}</title>
      {gridRings(frame, count).map((ring, i) => (
        <path key={i} d={polygonPath(ring)} fill="none" stroke={cohortRadarColours.grid} strokeWidth={1} />
      ))}
      {axes.map((_, axis) => {
        const rim = radarPoint(frame, axis, count, radarMaxLevel);
        return <line key={axis} x1={frame.centre.x} y1={frame.centre.y} x2={rim.x} y2={rim.y} stroke={cohortRadarColours.grid} strokeWidth={1} />;
      })}
      {Array.from({ length: radarMaxLevel }, (_, i) => {
        const p = radarPoint(frame, 0, count, i + 1);
        return (
          <text key={i} x={p.x + 4} y={p.y + 4} fontSize={fontSize - 1} fill={cohortRadarColours.muted}>
            {i + 1}
          </text>
        );
      })}
      <path d={bandPath(levels((s) => s.p25), levels((s) => s.p75))} fill={colour} fillOpacity={0.2} fillRule="evenodd" stroke="none" />
      <path d={polygonPath(levels((s) => s.mean))} fill="none" stroke={colour} strokeWidth={2.5} />
      {axes.map((a, axis) => {
        const p = radarPoint(frame, axis, count, a.spread.mean);
        return <circle key={a.dimensionId} cx={p.x} cy={p.y} r={3} fill={colour} />;
      })}
      {axes.map((a, axis) => {
        const place = labelPlacement(frame, axis, count, 10, labelCentring);
        const lines = wrapLabel(ctx.dimensionName(a.dimensionId), 16, 3);
        return (
          <text key={a.dimensionId} x={place.labelAt.x} y={labelFirstBaseline(place, lines.length, { fontSize, lineHeight })} textAnchor={place.textAnchor} fontSize={fontSize} fill={cohortRadarColours.ink}>
            {lines.map((line, index) => (
              <tspan key={index} x={place.labelAt.x} dy={index === 0 ? 0 : lineHeight}>
                {line}
              </tspan>
            ))}
          </text>
        );
      })}
    </svg>
  );
}

function Legend({ colour, ctx }: { colour: string; ctx: CohortContext }) {
  return (
    <ul className="cohort-legend">
      <li>
        <svg width="32" height="12" aria-hidden="true" focusable="false">
          <line x1="1" y1="6" x2="31" y2="6" stroke={colour} strokeWidth="3" />
        </svg>{" "}
        {ctx.t("cohort.radar.legendMean")}
      </li>
      <li>
        <svg width="32" height="12" aria-hidden="true" focusable="false">
          <rect x="1" y="1" width="30" height="10" fill={colour} fillOpacity={0.2} stroke={colour} strokeWidth={1} />
        </svg>{" "}
        {ctx.t("cohort.radar.legendBand")}
      </li>
    </ul>
  );
}

function SpreadTable({ id, caption, axes, ctx }: { id: string; caption: string; axes: readonly { dimensionId: string; spread: Spread }[]; ctx: CohortContext }) {
  const { t, formats } = ctx;
  return (
    <FigureTable id={id} caption={caption} t={t}>
      <thead>
        <tr>
          <th scope="col">{t("cohort.radar.colDimension")}</th>
          <th scope="col" className="num">{t("cohort.colFirms")}</th>
          <th scope="col" className="num">{t("cohort.radar.colMean")}</th>
          <th scope="col" className="num">{t("cohort.radar.colP25")}</th>
          <th scope="col" className="num">{t("cohort.radar.colMedian")}</th>
          <th scope="col" className="num">{t("cohort.radar.colP75")}</th>
        </tr>
      </thead>
      <tbody>
        {axes.map(({ dimensionId, spread }) => (
          <tr key={dimensionId}>
            <th scope="row">{ctx.dimensionName(dimensionId)}</th>
            <td className="num">{spread.n}</td>
            <td className="num">{formats.precise(spread.mean)}</td>
            <td className="num">{formats.precise(spread.p25)}</td>
            <td className="num">{formats.precise(spread.median)}</td>
            <td className="num">{formats.precise(spread.p75)}</td>
          </tr>
        ))}
      </tbody>
    </FigureTable>
  );
}

/** Both radars, self-assessed and validated, each with its legend and its table. */
export function CohortRadarFigure({ axes, validatedCount, ctx }: { axes: readonly RadarAxis[]; validatedCount: number; ctx: CohortContext }) {
  const { t } = ctx;
  const self = axes.flatMap((a) => (a.self ? [{ dimensionId: a.dimensionId, spread: a.self }] : []));
  const validated = axes.flatMap((a) => (a.validated ? [{ dimensionId: a.dimensionId, spread: a.validated }] : []));
  return (
    <section aria-labelledby="cohort-radar-heading" className="cohort-figure">
      <h2 id="cohort-radar-heading">{t("cohort.radar.title")}</h2>
      <p>{t("cohort.radar.intro")}</p>
      <div className="cohort-radar">
        <figure className="cohort-radar__panel">
          <figcaption className="cohort-radar__caption">
            <h3>{t("cohort.radar.selfTitle")}</h3>
          </figcaption>
          <RadarSvg id="cohort-radar-self" kind="self" title={t("cohort.radar.selfTitle")} axes={self} ctx={ctx} />
          <Legend colour={cohortRadarColours.self} ctx={ctx} />
          <SpreadTable id="cohort-radar-self-table" caption={t("cohort.radar.selfCaption")} axes={self} ctx={ctx} />
        </figure>
        <figure className="cohort-radar__panel">
          <figcaption className="cohort-radar__caption">
            <h3>{t("cohort.radar.validatedTitle")}</h3>
          </figcaption>
          {validated.length === 0 ? (
            <p>{t("cohort.radar.noValidated")}</p>
          ) : (
            <>
              <p className="muted">{t("cohort.radar.validatedCount", { count: validatedCount })}</p>
              <SmallNCaution n={validatedCount} minimum={smallCohort} t={t} />
              <RadarSvg id="cohort-radar-validated" kind="validated" title={t("cohort.radar.validatedTitle")} axes={validated} ctx={ctx} />
              <Legend colour={cohortRadarColours.validated} ctx={ctx} />
              <SpreadTable id="cohort-radar-validated-table" caption={t("cohort.radar.validatedCaption")} axes={validated} ctx={ctx} />
            </>
          )}
        </figure>
      </div>
    </section>
  );
}
