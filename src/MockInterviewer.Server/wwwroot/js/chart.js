// The report's bar chart of scores, as inline SVG built with DOM APIs.
// Widths are percentages of the chart's own width, so text stays readable on any screen.

import { t } from './i18n.js';
import { scoreBand } from './dom.js';
import { svg, svgText } from './svg.js';

const ROW_HEIGHT = 44;
const BAR_HEIGHT = 12;
const MAX_LABEL_CHARS = 28;

let chartCount = 0;

function shorten(label) {
  return label.length > MAX_LABEL_CHARS ? `${label.slice(0, MAX_LABEL_CHARS - 1)}…` : label;
}

/** items: [{ label, score }] with score 0–100. Returns the <svg data-testid="score-chart">. */
export function scoreChart(items) {
  const id = `score-chart-${++chartCount}`;
  const title = t('chart.title');
  const description = items.length
    ? items.map(({ label, score }) => `${label}: ${score}`).join(', ')
    : t('chart.empty');
  const height = Math.max(items.length * ROW_HEIGHT, ROW_HEIGHT);

  const chart = svg('svg', {
    'data-testid': 'score-chart',
    class: 'score-chart',
    role: 'img',
    width: '100%',
    height,
    'aria-labelledby': `${id}-title ${id}-desc`,
  },
  svgText('title', { id: `${id}-title` }, title),
  svgText('desc', { id: `${id}-desc` }, description));

  if (!items.length) {
    chart.append(svgText('text', { x: 0, y: ROW_HEIGHT / 2, class: 'chart-empty' }, t('chart.empty')));
    return chart;
  }

  items.forEach(({ label, score }, index) => {
    const top = index * ROW_HEIGHT;
    const value = Math.max(0, Math.min(100, score));
    chart.append(svg('g', { class: 'chart-row' },
      svgText('title', {}, `${label}: ${score}`),
      svgText('text', { x: 0, y: top + 16, class: 'chart-label' }, shorten(label)),
      svgText('text', { x: '100%', y: top + 16, 'text-anchor': 'end', class: 'chart-value' }, String(score)),
      svg('rect', { x: 0, y: top + 24, width: '100%', height: BAR_HEIGHT, rx: BAR_HEIGHT / 2, class: 'chart-track' }),
      svg('rect', { x: 0, y: top + 24, width: `${value}%`, height: BAR_HEIGHT, rx: BAR_HEIGHT / 2, class: `chart-bar score-${scoreBand(value)}` })));
  });
  return chart;
}
