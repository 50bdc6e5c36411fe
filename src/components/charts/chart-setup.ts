import { BarController, BarElement, CategoryScale, Chart, LinearScale, type ChartOptions, type Plugin } from 'chart.js';

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
      names.forEach((name, i) => {
        const left = x.getPixelForValue(i * 20);
        const right = x.getPixelForValue((i + 1) * 20);
        if (i % 2 === 1) {
          ctx.fillStyle = colours.line;
          ctx.globalAlpha = 0.35;
          ctx.fillRect(left, chartArea.top, right - left, chartArea.bottom - chartArea.top);
          ctx.globalAlpha = 1;
        }
        ctx.fillStyle = colours.muted;
        ctx.font = '12px system-ui, sans-serif';
        ctx.textAlign = 'center';
        // Narrow screens get the level number alone; the table beside the chart names every level.
        const full = `${i + 1} ${name}`;
        const label = ctx.measureText(full).width <= right - left - 4 ? full : String(i + 1);
        ctx.fillText(label, (left + right) / 2, chartArea.top - 8);
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
export function areaChartOptions(colours: ChartColours): ChartOptions<'bar'> {
  return {
    indexAxis: 'y',
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    layout: { padding: { top: 24, right: 8 } },
    plugins: { legend: { display: false }, tooltip: { enabled: false } },
    scales: {
      x: { min: 0, max: 100, ticks: { stepSize: 20, color: colours.muted }, grid: { color: colours.line } },
      y: { ticks: { color: colours.text, autoSkip: false, font: { size: 12 } }, grid: { display: false } },
    },
  };
}
