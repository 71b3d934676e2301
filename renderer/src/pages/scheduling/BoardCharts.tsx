import { BarChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  yearRules,
  type CellStatus,
  type ComplianceBoard,
  type StatusTally,
} from '../../../../shared/domain/schedulingCompliance.ts';
import { quarterName, ruleName } from './complianceLabels.ts';

echarts.use([
  BarChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  CanvasRenderer,
]);

const charted: readonly CellStatus[] = ['met', 'atRisk', 'missed', 'open', 'notStarted'];
export const statusColours: Readonly<Record<CellStatus, string>> = {
  met: '#2e7d4f',
  atRisk: '#d08a00',
  missed: '#a61b29',
  open: '#7a8896',
  notStarted: '#c9d1d9',
  notApplicable: '#eceff3',
};

/** One ECharts instance on a div: created once, updated with the option, resized with its box. */
function Chart({
  option,
  label,
}: {
  readonly option: echarts.EChartsCoreOption;
  readonly label: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  return <div ref={box} className="board-chart" role="img" aria-label={label} />;
}

const seriesOf = (
  tallies: readonly StatusTally[],
  names: (status: CellStatus) => string,
  horizontal: boolean,
) =>
  charted.map((status) => ({
    type: 'bar' as const,
    name: names(status),
    stack: 'units',
    barMaxWidth: horizontal ? 18 : 36,
    itemStyle: { color: statusColours[status] },
    data: tallies.map((tally) => tally[status]),
  }));

/** How many units stand where, per quarter (press conferences) and per yearly rule. */
export function BoardCharts({ board }: { readonly board: ComplianceBoard }) {
  const { t } = useTranslation();
  const { quarterly, yearly } = useMemo(() => {
    const names = (status: CellStatus) => t(`scheduling.status.${status}`);
    const rules = yearRules.filter((rule) =>
      charted.some((status) => board.yearTallies[rule][status] > 0),
    );
    const common = {
      // The board's table carries the figures for screen readers; the chart keeps its own label.
      aria: { enabled: false },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      textStyle: { fontFamily: 'Noto Sans CJK SC, sans-serif' },
    };
    const quarterly = {
      ...common,
      title: {
        text: t('scheduling.charts.quarterly'),
        left: 'center',
        textStyle: { fontSize: 14 },
      },
      grid: { left: 40, right: 16, top: 40, bottom: 56 },
      xAxis: { type: 'category', data: [1, 2, 3, 4].map((quarter) => quarterName(t, quarter)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: seriesOf(board.quarterTallies.pressConference, names, false),
    };
    const yearly = {
      ...common,
      title: { text: t('scheduling.charts.yearly'), left: 'center', textStyle: { fontSize: 14 } },
      grid: { left: 110, right: 16, top: 40, bottom: 56 },
      yAxis: { type: 'category', data: rules.map((rule) => ruleName(t, rule)), inverse: true },
      xAxis: { type: 'value', minInterval: 1 },
      series: seriesOf(
        rules.map((rule) => board.yearTallies[rule]),
        names,
        true,
      ),
    };
    return { quarterly, yearly };
  }, [board, t]);
  return (
    <div className="board-charts">
      <Chart option={quarterly} label={t('scheduling.charts.quarterly')} />
      <Chart option={yearly} label={t('scheduling.charts.yearly')} />
    </div>
  );
}
