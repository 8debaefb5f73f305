/**
 * The Compare bar chart: one horizontal bar per company, its latest claim in one unit. A range
 * is drawn as a solid bar to its low end and a lighter interval to its high end; a qualifier
 * is marked in the bar's label (≈, >, ≤…). Loaded only when Compare opens (recharts is heavy).
 */
import { Bar, BarChart, Cell, LabelList, type LabelProps, XAxis, YAxis } from 'recharts';
import type { Qualifier } from '@/lib/extract/types';
import type { UiLang } from '@/lib/format/figure';
import { barLabel, shortValue } from './amounts';

export interface ChartBar {
  key: string;
  company: string;
  low: number;
  high: number;
  qualifier: Qualifier | null;
}

export interface CompareChartProps {
  bars: ChartBar[];
  unitKey: string;
  lang: UiLang;
  /** What the chart shows, in a sentence, for screen readers. */
  label: string;
  selected: string | null;
  width: number;
  onSelect: (key: string) => void;
}

const ROW = 30;
const AXIS = 26;
const NAME_CHARS = 14;

function CompanyTick(props: { x?: number; y?: number; payload?: { value: string } }) {
  const name = props.payload?.value ?? '';
  const short = name.length > NAME_CHARS ? `${name.slice(0, NAME_CHARS - 1)}…` : name;
  return (
    <text x={props.x} y={props.y} dy={4} textAnchor="end" className="tick company">
      {short}
    </text>
  );
}

export default function CompareChart(props: CompareChartProps) {
  const data = props.bars.map((bar) => ({
    key: bar.key,
    company: bar.company,
    low: bar.low,
    spread: Math.max(bar.high - bar.low, 0),
    label: barLabel(bar.low, bar.high, bar.qualifier, props.unitKey, props.lang),
  }));
  const max = Math.max(...props.bars.map((b) => b.high), 0);
  // The label goes at the end of the whole bar (range included), on the solid part's list so
  // that a bar without a range gets one too. The scale starts at 0: widths are proportional.
  const label = (p: LabelProps) => {
    const d = data[Number((p as { index?: number }).index)];
    const box = (p.viewBox ?? p) as { x?: number; y?: number; width?: number; height?: number };
    if (!d) return <g />;
    const x = Number(box.x ?? 0);
    const width = Number(box.width ?? 0);
    const end = d.low > 0 ? x + (width * (d.low + d.spread)) / d.low : x;
    return (
      <text
        x={end + 4}
        y={Number(box.y ?? 0) + Number(box.height ?? 0) / 2}
        dy="0.35em"
        className="bar-label"
      >
        {d.label}
      </text>
    );
  };
  const click = (entry: unknown) => {
    const key = (entry as { payload?: { key?: string }; key?: string }).payload?.key;
    if (key) props.onSelect(key);
  };
  return (
    <div className="compare-chart" role="img" aria-label={props.label} data-testid="compare-chart">
      <BarChart
        width={props.width}
        height={AXIS + ROW * data.length + 8}
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 84, bottom: 0, left: 4 }}
        barCategoryGap={6}
        accessibilityLayer={false}
      >
        <XAxis
          type="number"
          domain={[0, max > 0 ? 'auto' : 1]}
          tickFormatter={(v: number) => shortValue(v, props.unitKey, props.lang)}
          tick={{ className: 'tick' }}
          tickCount={3}
          stroke="currentColor"
          height={AXIS}
        />
        <YAxis
          type="category"
          dataKey="company"
          width={92}
          tick={<CompanyTick />}
          interval={0}
          stroke="currentColor"
        />
        <Bar
          dataKey="low"
          stackId="value"
          isAnimationActive={false}
          onClick={click}
          className="bar-value"
        >
          {data.map((d) => (
            <Cell
              key={d.key}
              className={d.key === props.selected ? 'bar selected' : 'bar'}
              cursor="pointer"
            />
          ))}
          <LabelList dataKey="label" content={label} />
        </Bar>
        <Bar
          dataKey="spread"
          stackId="value"
          isAnimationActive={false}
          onClick={click}
          className="bar-range"
        >
          {data.map((d) => (
            <Cell key={d.key} className="bar range" cursor="pointer" />
          ))}
        </Bar>
      </BarChart>
    </div>
  );
}
