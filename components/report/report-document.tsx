import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { ReportModel, ReportRecommendation, ReportTable } from "@/lib/report/report-model";
import { LegendSwatch, ReportRadar } from "./report-radar";
import { styles } from "./report-styles";

/**
 * The PDF report of one submitted revision: firm profile, readiness index and band, factor
 * scores, the radar, the gap table, focus areas, recommendations and, once approved, the
 * officer's validation. Everything it prints comes worded and formatted in the model.
 */
export function ReportDocument({ model }: { model: ReportModel }) {
  return (
    <Document title={`${model.title}: ${model.firmName}`} subject={model.subject} author="ADP Readiness" creator="ADP Readiness" producer="ADP Readiness" language={model.locale}>
      <Page size="A4" style={styles.page} wrap>
        <Text style={styles.title}>{model.title}</Text>
        <Text style={styles.firmName}>{model.firmName}</Text>
        <Text style={styles.meta}>{model.revisionLine}</Text>
        <Text style={styles.meta}>{model.generatedLine}</Text>
        <Text style={styles.status}>{model.statusLine}</Text>

        <Section heading={model.firm.heading}>
          {model.firm.rows.map((row) => (
            <View key={row.label} style={styles.definitionRow} wrap={false}>
              <Text style={styles.definitionLabel}>{row.label}</Text>
              <Text style={styles.definitionValue}>{row.value}</Text>
            </View>
          ))}
        </Section>

        <Section heading={model.index.heading}>
          <View style={styles.indexRow}>
            <Text style={styles.indexValue}>{model.index.valueText}</Text>
            <Text style={styles.muted}>{model.index.outOf}</Text>
            <Text style={styles.indexBand}>
              {model.index.bandLabel}: {model.index.bandName}
            </Text>
          </View>
          <Text style={styles.paragraph}>{model.index.bandMeaning}</Text>
          {model.index.selfAssessed ? <Text style={styles.paragraph}>{model.index.selfAssessed}</Text> : null}
          <Text style={styles.muted}>{model.index.scale}</Text>
        </Section>

        {/* Once approved, the officer's validation follows the validated index it explains (issue 17). */}
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

        <Section heading={model.factors.heading}>
          <Table table={model.factors.table} widths={[3, 1, 1.4]} numeric={[1]} />
        </Section>

        <Section heading={model.chart.heading} keepTogether>
          <Text style={styles.paragraph}>{model.chart.intro}</Text>
          <View style={{ alignItems: "center" }}>
            <ReportRadar geometry={model.chart.geometry} validated={model.chart.validated} />
          </View>
          <View style={styles.legendRow}>
            <View style={styles.legendItem}>
              <LegendSwatch series="current" />
              <Text> {model.chart.legend.current}</Text>
            </View>
            <View style={styles.legendItem}>
              <LegendSwatch series="target" />
              <Text> {model.chart.legend.target}</Text>
            </View>
            {model.chart.legend.validated ? (
              <View style={styles.legendItem}>
                <LegendSwatch series="validated" />
                <Text> {model.chart.legend.validated}</Text>
              </View>
            ) : null}
          </View>
        </Section>

        <Section heading={model.gaps.heading}>
          <Table table={model.gaps.table} widths={[3, 1.6, 1, 1, 1, 1.4]} numeric={[2, 3, 4]} />
        </Section>

        <Section heading={model.focus.heading}>
          <Text style={styles.paragraph}>{model.focus.intro}</Text>
          {model.focus.none ? <Text>{model.focus.none}</Text> : null}
          {model.focus.areas.map((area) => (
            <View key={area.key} style={styles.card} wrap={false}>
              <Text style={styles.cardTitle}>
                {area.rank}. {area.title}
              </Text>
              <Text style={styles.muted}>{area.meta}</Text>
              <Text style={styles.bold}>{model.focus.why}</Text>
              <Bullets items={area.reasons} />
            </View>
          ))}
        </Section>

        <Section heading={model.recommendations.heading}>
          <Text style={styles.paragraph}>{model.recommendations.intro}</Text>
          {model.recommendations.lists.map((list) => {
            const [first, ...rest] = list.items;
            return (
              <View key={list.key}>
                {/* The list's heading stays on the page of its first item. */}
                <View wrap={false}>
                  <Text style={styles.subheading}>{list.heading}</Text>
                  {first ? <RecommendationCard item={first} number={1} why={model.recommendations.why} /> : <Text>{list.none}</Text>}
                </View>
                {rest.map((item, i) => (
                  <RecommendationCard key={item.itemId} item={item} number={i + 2} why={model.recommendations.why} />
                ))}
              </View>
            );
          })}
        </Section>

        {model.progress ? (
          <Section heading={model.progress.heading}>
            <Text style={[styles.paragraph, styles.muted]}>{model.progress.comparedWith}</Text>
            <Text style={styles.paragraph}>{model.progress.summary}</Text>
            <Table table={model.progress.table} widths={[3, 1, 1, 1]} numeric={[1, 2, 3]} />
          </Section>
        ) : null}


        <View style={styles.footer} fixed>
          <Text>{model.footer}</Text>
          <Text render={({ pageNumber, totalPages }) => model.pageOfTemplate.replace("{page}", String(pageNumber)).replace("{total}", String(totalPages))} />
        </View>
      </Page>
    </Document>
  );
}

function Section({ heading, keepTogether = false, children }: { heading: string; keepTogether?: boolean; children: React.ReactNode }) {
  return (
    <View style={styles.section} wrap={!keepTogether}>
      {/* A heading never ends a page on its own. */}
      <Text style={styles.heading} minPresenceAhead={60}>
        {heading}
      </Text>
      {children}
    </View>
  );
}

function RecommendationCard({ item, number, why }: { item: ReportRecommendation; number: number; why: string }) {
  return (
    <View style={styles.card} wrap={false}>
      <Text style={styles.cardTitle}>
        {number}. {item.title}
      </Text>
      <Text style={styles.paragraph}>{item.headline}</Text>
      <Text style={styles.bold}>{why}</Text>
      <Bullets items={item.reasons} />
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

function Bullets({ items }: { items: string[] }) {
  return (
    <View>
      {items.map((item, i) => (
        <View key={i} style={styles.bullet}>
          <Text style={styles.bulletMark}>•</Text>
          <Text style={styles.bulletText}>{item}</Text>
        </View>
      ))}
    </View>
  );
}
