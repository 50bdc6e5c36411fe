import { BarController, BarElement, CategoryScale, Chart, LinearScale, type ChartOptions, type Plugin } from 'chart.js';
import { levelLabels, wrapLabel } from '../../lib/level-labels';

// Only the parts the area chart uses; the table beside it carries every value, so no tooltips.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** Colours read from the page, so the chart follows light and dark mode. */
export interface ChartColours {
  now: string;
  earlier: string;
  text: string;
  muted: string;
  line: string;
  background: string;
}

/** Shades every other level band and names each level along the top. */
export function levelBands(names: readonly string[], colours: ChartColours): Plugin<'bar'> {
  return {
    id: 'levelBands',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const x = scales['x'];
      if (!x) return;
      ctx.save();
      const band = x.getPixelForValue(20) - x.getPixelForValue(0);
      ctx.font = `${band < 80 ? 11 : 12}px system-ui, sans-serif`;
      ctx.textAlign = 'center';
      // Every level keeps a name: in one row when they fit, else in two rows, shortened where needed.
      const { rows, labels } = levelLabels(names, band, (t) => ctx.measureText(t).width);
      names.forEach((_, i) => {
        const left = x.getPixelForValue(i * 20);
        const right = x.getPixelForValue((i + 1) * 20);
        if (i % 2 === 1) {
          ctx.fillStyle = colours.line;
          ctx.globalAlpha = 0.35;
          ctx.fillRect(left, chartArea.top, right - left, chartArea.bottom - chartArea.top);
          ctx.globalAlpha = 1;
        }
        ctx.fillStyle = colours.muted;
        const upper = rows === 2 && i % 2 === 0;
        const label = labels[i] ?? '';
        // The last name may be wider than its band: it is set against the chart's right edge.
        const atEdge = i === names.length - 1 && ctx.measureText(label).width > right - left - 4;
        ctx.textAlign = atEdge ? 'right' : 'center';
        ctx.fillText(label, atEdge ? right : (left + right) / 2, chartArea.top - (upper ? 24 : 8));
      });
      ctx.restore();
    },
  };
}

/** Paints the canvas background, so a downloaded PNG is not transparent. */
export function solidBackground(colour: string): Plugin<'bar'> {
  return {
    id: 'solidBackground',
    beforeDraw(chart) {
      const { ctx, width, height } = chart;
      ctx.save();
      ctx.globalCompositeOperation = 'destination-over';
      ctx.fillStyle = colour;
      ctx.fillRect(0, 0, width, height);
      ctx.restore();
    },
  };
}

export { Chart };

/**
 * Options shared by the area charts: one horizontal bar per area on a 0–100 scale, drawn once
 * (no animation), with the table beside the chart carrying the figures instead of tooltips.
 */
export function areaChartOptions(colours: ChartColours, width: number): ChartOptions<'bar'> {
  // A narrow chart breaks long area names into lines and keeps more room at its right edge for
  // the last level's name.
  const narrow = width < 600;
  return {
    indexAxis: 'y',
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    layout: { padding: { top: 40, right: narrow ? 20 : 8 } },
    plugins: { legend: { display: false }, tooltip: { enabled: false } },
    scales: {
      x: { min: 0, max: 100, ticks: { stepSize: 20, color: colours.muted }, grid: { color: colours.line } },
      y: {
        ticks: {
          color: colours.text,
          autoSkip: false,
          font: { size: 12 },
          callback(value) {
            const label = this.getLabelForValue(Number(value));
            return narrow ? wrapLabel(label, 12) : label;
          },
        },
        grid: { display: false },
      },
    },
  };
}
