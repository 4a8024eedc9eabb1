import { Fragment } from "react";
import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { ReportModel, ReportTable } from "@/lib/report/report-model";
import { LegendSwatch, ReportRadar } from "./report-radar";
import { styles } from "./report-styles";

/**
 * The PDF report of one submitted revision: the readiness index and band (validated once
 * approved) and the radar on the first page, then the officer's validation, the firm profile,
 * factor scores, the gap table, focus areas, recommendations, the firm's improvement plan and progress, flowing from page to
 * page with "Page n of N" in the footer. Everything it prints comes worded and formatted in the model.
 */
export function ReportDocument({ model }: { model: ReportModel }) {
  return (
    <Document title={`${model.title}: ${model.firmName}`} subject={model.subject} author="ADP Readiness" creator="ADP Readiness" producer="ADP Readiness" language={model.locale}>
      <Page size="A4" style={styles.page} wrap>
        <View style={styles.footer} fixed>
          <Text style={styles.footerText}>{model.footer}</Text>
          <Text style={styles.pageNumber} render={({ pageNumber, totalPages }) => model.pageOfTemplate.replace("{page}", String(pageNumber)).replace("{total}", String(totalPages))} />
        </View>

        <Text style={styles.title}>{model.title}</Text>
        <Text style={styles.firmName}>{model.firmName}</Text>
        <Text style={styles.meta}>{model.revisionLine}</Text>
        <Text style={styles.meta}>{model.generatedLine}</Text>
        <Text style={styles.status}>{model.statusLine}</Text>

        <Section heading={model.index.heading}>
          <View style={styles.indexRow} wrap={false}>
            <Text style={styles.indexValue}>{model.index.valueText}</Text>
            <Text style={styles.indexOutOf}>{model.index.outOf}</Text>
            <Text style={styles.indexBand}>
              {model.index.bandLabel}: {model.index.bandName}
            </Text>
          </View>
          <Text style={styles.paragraph}>{model.index.bandMeaning}</Text>
          {model.index.selfAssessed ? <Text style={styles.paragraph}>{model.index.selfAssessed}</Text> : null}
          <Text style={styles.muted}>{model.index.scale}</Text>
        </Section>

        {/* A figure cannot break: the radar keeps its heading, introduction and legend. It follows
            the index so that it always fits on the first page, below the figures it draws. */}
        <View style={styles.section} wrap={false}>
          <Text style={styles.heading}>{model.chart.heading}</Text>
          <Text style={styles.paragraph}>{model.chart.intro}</Text>
          <View style={styles.figure}>
            <ReportRadar geometry={model.chart.geometry} validated={model.chart.validated} average={model.chart.legend.average !== null} />
            <View style={styles.legendRow}>
              <LegendItem series="current" label={model.chart.legend.current} />
              <LegendItem series="target" label={model.chart.legend.target} />
              {model.chart.legend.average ? <LegendItem series="average" label={model.chart.legend.average} /> : null}
              {model.chart.legend.validated ? <LegendItem series="validated" label={model.chart.legend.validated} /> : null}
            </View>
          </View>
        </View>

        {/* Once approved, the officer's validation follows the validated index and radar it explains (issue 17). */}
        {model.validation ? (
          <Section heading={model.validation.heading}>
            <Text style={styles.paragraph}>{model.validation.approvedBy}</Text>
            <Text style={[styles.paragraph, styles.muted]}>{model.validation.intro}</Text>
            <Table table={model.validation.comparison} widths={[3, 1.3, 1.3]} numeric={[1, 2]} />
            <Text style={styles.subheading} minPresenceAhead={120}>
              {model.validation.adjustmentsHeading}
            </Text>
            {model.validation.adjustments ? (
              <Table table={model.validation.adjustments} widths={[3, 1, 1, 3]} numeric={[1, 2]} />
            ) : (
              <Text>{model.validation.noAdjustments}</Text>
            )}
          </Section>
        ) : null}

        <Section heading={model.firm.heading}>
          {model.firm.rows.map((row) => (
            <View key={row.label} style={styles.definitionRow} wrap={false}>
              <Text style={styles.definitionLabel}>{row.label}</Text>
              <Text style={styles.definitionValue}>{row.value}</Text>
            </View>
          ))}
        </Section>

        <Section heading={model.factors.heading}>
          <Table table={model.factors.table} widths={[3, 1, 1.4]} numeric={[1]} />
        </Section>

        <Section heading={model.gaps.heading}>
          <Table table={model.gaps.table} widths={[3, 1.6, 1, 1, 1, 1.4]} numeric={[2, 3, 4]} />
        </Section>

        <Section heading={model.focus.heading}>
          <Text style={styles.paragraph}>{model.focus.intro}</Text>
          {model.focus.none ? <Text>{model.focus.none}</Text> : null}
          {model.focus.areas.map((area) => (
            <Card key={area.key} title={`${area.rank}. ${area.title}`} lead={<Text style={styles.muted}>{area.meta}</Text>} why={model.focus.why} reasons={area.reasons} />
          ))}
        </Section>

        <Section heading={model.recommendations.heading}>
          <Text style={styles.paragraph}>{model.recommendations.intro}</Text>
          {model.recommendations.lists.map((list) => (
            <Fragment key={list.key}>
              <Text style={styles.subheading} minPresenceAhead={cardPresence}>
                {list.heading}
              </Text>
              {list.items.length === 0 ? <Text>{list.none}</Text> : null}
              {list.items.map((item, i) => (
                <Fragment key={item.itemId}>
                  <Card title={`${i + 1}. ${item.title}`} lead={<Text style={styles.paragraph}>{item.headline}</Text>} why={model.recommendations.why} reasons={item.reasons} />
                  {item.apply && item.apply.length > 0 ? (
                    <View style={styles.card}>
                      <Text style={styles.bold} minPresenceAhead={30}>
                        {model.recommendations.apply}
                      </Text>
                      {item.apply.map((line, j) => (
                        <Bullet key={j} text={line} />
                      ))}
                    </View>
                  ) : null}
                </Fragment>
              ))}
            </Fragment>
          ))}
        </Section>

        <Section heading={model.plan.heading}>
          {model.plan.none ? <Text>{model.plan.none}</Text> : <Text style={styles.paragraph}>{model.plan.intro}</Text>}
          {model.plan.dimensions.map((dimension) => (
            <Fragment key={dimension.key}>
              <Text style={styles.subheading} minPresenceAhead={headingPresence}>
                {dimension.heading}
              </Text>
              <Table table={dimension.table} widths={[2.6, 1.2, 1.3, 1.3, 1.9, 2]} numeric={[4]} />
            </Fragment>
          ))}
        </Section>

        {model.progress ? (
          <Section heading={model.progress.heading}>
            <Text style={[styles.paragraph, styles.muted]}>{model.progress.comparedWith}</Text>
            <Text style={styles.paragraph}>{model.progress.summary}</Text>
            <Table table={model.progress.table} widths={[3, 1, 1, 1]} numeric={[1, 2, 3]} />
          </Section>
        ) : null}
      </Page>
    </Document>
  );
}

/**
 * A heading and its content as siblings in the page's flow, not wrapped in a View: react-pdf keeps
 * an element's minPresenceAhead only where it has earlier siblings, so a heading first in its own
 * View could still end a page alone.
 */
function Section({ heading, children }: { heading: string; children: React.ReactNode }) {
  return (
    <>
      <Text style={[styles.heading, styles.section]} minPresenceAhead={headingPresence}>
        {heading}
      </Text>
      {children}
    </>
  );
}

/** Below a heading: about three lines, or a table's header and two rows. */
const headingPresence = 60;
/** Below a list's heading: the head of its first card. */
const cardPresence = 70;

function LegendItem({ series, label }: { series: "current" | "target" | "average" | "validated"; label: string }) {
  return (
    <View style={styles.legendItem}>
      <LegendSwatch series={series} />
      <Text style={styles.legendLabel}>{label}</Text>
    </View>
  );
}

/**
 * A focus area or a recommendation. Its head (title, lead line, "why" and the first reason) stays
 * together; the further reasons may continue on the next page, each one whole.
 */
function Card({ title, lead, why, reasons }: { title: string; lead: React.ReactNode; why: string; reasons: string[] }) {
  const [first, ...rest] = reasons;
  return (
    <View style={styles.card}>
      <View wrap={false}>
        <Text style={styles.cardTitle}>{title}</Text>
        {lead}
        <Text style={styles.bold}>{why}</Text>
        {first === undefined ? null : <Bullet text={first} />}
      </View>
      {rest.map((reason, i) => (
        <Bullet key={i} text={reason} />
      ))}
    </View>
  );
}

function Table({ table, widths, numeric }: { table: ReportTable; widths: number[]; numeric: number[] }) {
  const cellStyle = (i: number) => [styles.cell, { flex: widths[i] ?? 1 }, ...(numeric.includes(i) ? [styles.numeric] : [])];
  return (
    <View style={styles.table}>
      <View style={[styles.tableRow, styles.tableHeader]} fixed wrap={false}>
        {table.columns.map((column, i) => (
          <Text key={column} style={cellStyle(i)}>
            {column}
          </Text>
        ))}
      </View>
      {table.rows.map((row) => (
        <View key={row.key} style={styles.tableRow} wrap={false}>
          {row.cells.map((cell, i) => (
            <Text key={i} style={cellStyle(i)}>
              {cell}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

function Bullet({ text }: { text: string }) {
  return (
    <View style={styles.bullet} wrap={false}>
      <Text style={styles.bulletMark}>•</Text>
      <Text style={styles.bulletText}>{text}</Text>
    </View>
  );
}
