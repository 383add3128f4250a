// A line chart of scores over time, one line per series, as inline SVG. The viewBox scales the whole chart with
// its width, so it fits a 360 px screen; the legend is HTML below it.

import { h } from './dom.js';
import { svg, svgText } from './svg.js';

const WIDTH = 320;
const HEIGHT = 140;
const PAD = { left: 28, right: 8, top: 8, bottom: 18 };

/**
 * series: [{ label, points: [{ at (ms), score (0–100) }] }]; title names the chart; kind (track or category) marks it.
 * Returns a figure with the svg and its legend.
 */
export function trendChart(series, title, kind) {
  const all = series.flatMap((line) => line.points.map((point) => point.at));
  const first = Math.min(...all);
  const last = Math.max(...all);
  const span = last - first || 1;
  const x = (at) => (last === first ? PAD.left + (WIDTH - PAD.left - PAD.right) / 2 : PAD.left + ((at - first) / span) * (WIDTH - PAD.left - PAD.right));
  const y = (score) => PAD.top + (1 - Math.max(0, Math.min(100, score)) / 100) * (HEIGHT - PAD.top - PAD.bottom);

  const chart = svg('svg', { class: 'trend-svg', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': title, 'data-kind': kind });
  for (const score of [0, 50, 100]) {
    chart.append(
      svg('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: y(score), y2: y(score), class: 'trend-grid' }),
      svgText('text', { x: PAD.left - 4, y: y(score) + 4, 'text-anchor': 'end', class: 'trend-axis' }, String(score)));
  }
  series.forEach((line, index) => {
    const points = [...line.points].sort((a, b) => a.at - b.at);
    const group = svg('g', { class: `trend-series series-${index % 6}`, 'data-series': line.label });
    group.append(svgText('title', {}, `${line.label}: ${points.map((point) => point.score).join(', ')}`));
    if (points.length > 1) group.append(svg('polyline', { points: points.map((point) => `${x(point.at)},${y(point.score)}`).join(' '), class: 'trend-line' }));
    for (const point of points) group.append(svg('circle', { cx: x(point.at), cy: y(point.score), r: 3.5, class: 'trend-dot' }));
    chart.append(group);
  });

  return h('figure', { class: 'trend' },
    h('figcaption', { text: title }),
    chart,
    h('ul', { class: 'trend-legend' }, series.map((line, index) => h('li', { class: `series-${index % 6}` },
      h('span', { class: 'swatch', 'aria-hidden': 'true' }), line.label))));
}
