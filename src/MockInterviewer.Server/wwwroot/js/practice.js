// Practice over time, for a signed-in candidate: the history of sessions (each opens its report), the trend of
// scores per track and per category, and the reference points by mastery with a button to review them.

import { h, scoreBand } from './dom.js';
import { getLanguage, has, t } from './i18n.js';
import { trendChart } from './trend-chart.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
/** Closer than this, the wait is told in hours. */
const SOON_MS = 20 * HOUR_MS;
/** Shown at once; the next ones wait behind "more". */
const FIRST_POINTS = 5;
const MAX_POINTS = 20;

const label = (prefix, id) => (id && has(`${prefix}.${id}`) ? t(`${prefix}.${id}`) : id);

/** Replaces the history list: newest first, each a button that opens the session's report. */
export function renderHistory(list, sessions, onOpen) {
  if (!sessions.length) {
    list.replaceChildren(h('li', { class: 'muted', text: t('history.empty') }));
    return;
  }
  const date = new Intl.DateTimeFormat(getLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  list.replaceChildren(...sessions.map((session) => {
    const score = session.overallScore;
    const what = session.mode === 'interview' ? `${label('mode', session.mode)} · ${label('track', session.track)}` : label('mode', session.mode);
    return h('li', {},
      h('button', {
        type: 'button',
        class: 'history-item',
        'data-testid': 'history-item',
        dataset: { sessionId: session.sessionId },
        onclick: () => onOpen(session),
      },
      h('span', { class: 'history-date', text: date.format(new Date(session.startedAt)) }),
      h('span', { class: 'history-what', text: what }),
      h('span', {
        class: `history-score ${Number.isFinite(score) ? `score-${scoreBand(score)}` : ''}`.trim(),
        text: Number.isFinite(score) ? String(score) : t('history.notScored'),
      })));
  }));
}

/** Replaces the trend: one chart with a line per track, one with a line per category. */
export function renderTrend(container, scores) {
  if (!scores.length) {
    container.replaceChildren(h('p', { class: 'muted', text: t('trend.empty') }));
    return;
  }
  const byTrack = new Map();
  const byCategory = new Map();
  for (const score of scores) {
    const at = Date.parse(score.at);
    push(byTrack, score.track, label('track', score.track), { at, score: score.score });
    for (const category of score.categories ?? []) push(byCategory, category.id, category.title ?? category.id, { at, score: category.score });
  }
  const charts = [trendChart([...byTrack.values()], t('trend.byTrack'), 'track')];
  if (byCategory.size) charts.push(trendChart([...byCategory.values()], t('trend.byCategory'), 'category'));
  container.replaceChildren(...charts);
}

function push(map, key, name, point) {
  if (!map.has(key)) map.set(key, { label: name, points: [] });
  map.get(key).points.push(point);
}

/** Replaces the mastery list: the server's order (due first, weakest first), each point with its question. */
export function renderMastery(list, points, questions) {
  if (!points.length) {
    list.replaceChildren(h('li', { class: 'muted', text: t('mastery.empty') }));
    return;
  }
  const now = Date.now();
  const items = points.slice(0, MAX_POINTS).map((point) => masteryItem(point, questions.get(point.questionId), now));
  const rest = items.splice(FIRST_POINTS);
  if (rest.length) {
    items.push(h('li', {}, h('details', { class: 'mastery-more' },
      h('summary', { text: t('mastery.more', { n: rest.length }) }),
      h('ol', { class: 'mastery-list' }, rest))));
  }
  list.replaceChildren(...items);
}

function masteryItem(point, question, now) {
  const percent = Math.round(Math.max(0, Math.min(1, point.mastery)) * 100);
  return h('li', { class: 'mastery-point', 'data-testid': 'mastery-point', dataset: { questionId: point.questionId, pointId: point.pointId } },
    h('p', { class: 'mastery-text user-text', text: point.text }),
    h('p', { class: 'mastery-question user-text', 'data-testid': 'mastery-question', title: point.questionId, text: question?.text ?? point.questionId }),
    h('p', { class: 'mastery-meta' },
      h('span', { class: 'mastery-bar', role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': percent, 'aria-label': t('mastery.level', { n: percent }) },
        h('span', { class: `mastery-fill score-${scoreBand(percent)}`, style: `width: ${percent}%` })),
      h('span', { class: 'mastery-percent', text: t('mastery.level', { n: percent }) }),
      h('span', { class: `point-status status-${point.lastStatus}`, text: label('point', point.lastStatus) }),
      h('span', { class: 'mastery-due', 'data-testid': 'mastery-due', text: dueText(Date.parse(point.dueAt), now) })));
}

/** "due now", or "in 3 days" / "in 5 hours" in the page's language. */
export function dueText(dueAt, now) {
  if (!Number.isFinite(dueAt) || dueAt <= now) return t('mastery.dueNow');
  const relative = new Intl.RelativeTimeFormat(getLanguage(), { numeric: 'auto' });
  const left = dueAt - now;
  return left < SOON_MS ? relative.format(Math.ceil(left / HOUR_MS), 'hour') : relative.format(Math.round(left / DAY_MS), 'day');
}
