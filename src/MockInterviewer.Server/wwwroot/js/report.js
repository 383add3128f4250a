// The report view: overall score and summary, the category chart, then each question in turn.
// Optional fields (categories, categoryTitle, attempts, engine) are shown when the server sends them.

import { h, scoreBand } from './dom.js';
import { has, t } from './i18n.js';
import { scoreChart } from './chart.js';
import { pointsList, scoreBadge } from './assessment.js';
import { formatClock } from './timer.js';

const TARGET_SECONDS = 60;
const LENGTH_TOLERANCE = 15;

const label = (prefix, id) => (id && has(`${prefix}.${id}`) ? t(`${prefix}.${id}`) : id);

/** Replaces container's content with the report. */
export function renderReport(container, report) {
  const parts = [
    h('header', { class: 'report-head' },
      h('h2', { id: 'report-title', tabindex: '-1', text: t('report.title') }),
      h('p', { class: 'report-meta', text: meta(report) })),
    overall(report),
    h('div', { class: 'report-lists' },
      textList('h3', 'report.strengths', report.strengths, 'strengths'),
      textList('h3', 'report.improvements', report.improvements, 'improvements')),
    h('section', { class: 'report-section' },
      h('h3', { text: t('report.byCategory') }),
      scoreChart(categoryScores(report))),
    h('section', { class: 'report-section' },
      h('h3', { text: t('report.questions') }),
      (report.questions ?? []).map(questionCard)),
    report.engine ? h('p', { class: 'report-engine', text: t('report.engine', { engine: label('engine', report.engine) }) }) : null,
  ];
  container.replaceChildren(...parts.filter(Boolean));
}

function meta(report) {
  // Behavioral and self-introduction modes have a track of the same name; name it once.
  const parts = [label('mode', report.mode), report.mode === 'interview' ? label('track', report.track) : null].filter(Boolean);
  const started = Date.parse(report.startedAt);
  const completed = Date.parse(report.completedAt);
  if (Number.isFinite(started) && Number.isFinite(completed)) {
    parts.push(t('report.duration', { time: formatClock(completed - started) }));
  }
  return parts.join(' · ');
}

function overall(report) {
  const score = report.overallScore;
  const known = Number.isFinite(score);
  return h('section', { class: 'overall' },
    h('p', { class: `overall-score ${known ? `score-${scoreBand(score)}` : ''}`.trim() },
      h('span', { class: 'overall-label', text: t('report.overall') }),
      h('span', { class: 'overall-value', text: known ? String(Math.round(score)) : '—' }),
      h('span', { class: 'overall-max', text: '/ 100' })),
    report.summary
      ? h('div', { class: 'overall-summary' },
        h('h3', { text: t('report.summary') }),
        h('p', { class: 'user-text', text: report.summary }))
      : null);
}

function textList(heading, titleKey, items, className) {
  if (!items?.length) return null;
  return h('section', { class: `report-list ${className}` },
    h(heading, { text: t(titleKey) }),
    h('ul', {}, items.map((item) => h('li', { class: 'user-text', text: item }))));
}

/** [{ label, score }]: the server's category averages, or averages worked out from the questions. */
function categoryScores(report) {
  if (Array.isArray(report.categories)) {
    return report.categories
      .filter((category) => Number.isFinite(category.score))
      .map((category) => ({ label: category.title ?? category.id, score: Math.round(category.score) }));
  }
  const groups = new Map();
  (report.questions ?? []).forEach((question, index) => {
    const score = question.assessment?.score;
    if (!Number.isFinite(score)) return;
    const key = question.categoryTitle ?? question.category ?? t('chart.question', { n: index + 1 });
    groups.set(key, [...(groups.get(key) ?? []), score]);
  });
  return [...groups].map(([key, scores]) => ({
    label: key,
    score: Math.round(scores.reduce((sum, s) => sum + s, 0) / scores.length),
  }));
}

function questionCard(question, index) {
  const { assessment } = question;
  const answers = question.answers ?? [];
  const attempts = question.attempts ?? [];
  const skipped = !assessment && !answers.length && !attempts.length;
  return h('article', { class: 'report-question' },
    h('header', { class: 'rq-head' },
      h('h4', {},
        h('span', { class: 'rq-num', text: t('report.question', { n: index + 1 }) }),
        question.categoryTitle ? h('span', { class: 'rq-category', text: question.categoryTitle }) : null),
      assessment ? scoreBadge(assessment.score) : null),
    h('p', { class: 'rq-text user-text', text: question.text ?? '' }),
    skipped ? h('p', { class: 'muted', text: t('report.skipped') }) : null,
    attempts.length ? attemptsBlock(attempts) : answersBlock(answers),
    assessment
      ? [
        assessment.points?.length
          ? h('div', { class: 'rq-block' },
            h('h5', { text: t('report.points') }),
            pointsList(assessment.points))
          : null,
        h('div', { class: 'report-lists' },
          textList('h5', 'report.strengths', assessment.strengths, 'strengths'),
          textList('h5', 'report.improvements', assessment.improvements, 'improvements')),
        assessment.followUp
          ? h('div', { class: 'rq-block follow-up' },
            h('h5', { text: t('report.followUp') }),
            h('p', { class: 'user-text', text: assessment.followUp }))
          : null,
      ]
      : null);
}

function answersBlock(answers) {
  if (!answers.length) return null;
  return h('div', { class: 'rq-block' },
    h('h5', { text: t('report.yourAnswers') }),
    answers.map((answer) => h('blockquote', { class: 'answer user-text', text: answer })));
}

/** Self-introduction: every attempt with its score and spoken length against the one-minute target. */
function attemptsBlock(attempts) {
  const scores = attempts.map((attempt) => attempt.score).filter(Number.isFinite);
  const change = scores.length > 1 ? scores.at(-1) - scores[0] : 0;
  return h('div', { class: 'rq-block' },
    h('h5', { text: t('report.attempts') }),
    scores.length > 1
      ? h('p', { class: 'progression', text: `${t('report.progression')}: ${scores.join(' → ')} (${change > 0 ? '+' : ''}${change})` })
      : null,
    h('ol', { class: 'attempts' },
      attempts.map((attempt, index) => h('li', { class: 'attempt' },
        h('div', { class: 'attempt-head' },
          h('span', { class: 'attempt-num', text: t('report.attempt', { n: index + 1 }) }),
          scoreBadge(attempt.score)),
        lengthGauge(attempt.estimatedSeconds),
        h('blockquote', { class: 'answer user-text', text: attempt.answer ?? '' })))));
}

function lengthGauge(estimatedSeconds) {
  if (!Number.isFinite(estimatedSeconds)) return null;
  const seconds = Math.round(estimatedSeconds);
  let verdict = 'good';
  if (seconds < TARGET_SECONDS - LENGTH_TOLERANCE) verdict = 'short';
  else if (seconds > TARGET_SECONDS + LENGTH_TOLERANCE) verdict = 'long';
  const text = `${t('report.seconds', { s: seconds })} · ${t(`report.length.${verdict}`)}`;
  return h('p', { class: 'length' },
    h('meter', {
      min: 0,
      max: TARGET_SECONDS * 2,
      low: TARGET_SECONDS - LENGTH_TOLERANCE,
      high: TARGET_SECONDS + LENGTH_TOLERANCE,
      optimum: TARGET_SECONDS,
      value: Math.min(seconds, TARGET_SECONDS * 2),
      'aria-label': text,
    }),
    h('span', { text }));
}
