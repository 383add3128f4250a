// The report view. On top, what fits one screen: the score, the strongest moments and the biggest gaps
// across all questions, and how the answers read. Below, one collapsed card per planned question.
// Every quote of the candidate's words appears once: the server leaves out a quote already shown higher up.

import { h, scoreBand } from './dom.js';
import { getLanguage, has, t } from './i18n.js';
import { scoreChart } from './chart.js';
import { pointsList, scoreBadge } from './assessment.js';
import { formatClock } from './timer.js';

const TARGET_SECONDS = 60;
const LENGTH_TOLERANCE = 15;
const STATUSES = ['answered', 'skipped', 'unanswered', 'unasked'];

const label = (prefix, id) => (id && has(`${prefix}.${id}`) ? t(`${prefix}.${id}`) : id);

/** The key for n in the page's language: `${base}.one` or `${base}.other`, as Intl.PluralRules says. */
function plural(base, n) {
  const form = new Intl.PluralRules(getLanguage()).select(n);
  return t(has(`${base}.${form}`) ? `${base}.${form}` : `${base}.other`, { n });
}

/** Replaces container's content with the report. */
export function renderReport(container, report) {
  const questions = report.questions ?? [];
  const numbers = new Map(questions.map((question, index) => [question.questionId, index + 1]));
  const selfIntro = report.mode === 'self-intro';
  const parts = [
    h('header', { class: 'report-head' },
      h('h2', { id: 'report-title', tabindex: '-1', text: t('report.title') }),
      h('p', { class: 'report-meta', text: meta(report) }),
      engineLine(report, questions)),
    h('section', { class: 'overview' },
      overall(report, questions),
      selfIntro
        ? h('div', { class: 'overview-chart' }, h('h3', { text: t('report.attempts') }), scoreChart(attemptScores(questions)))
        : h('div', { class: 'overview-chart' }, h('h3', { text: t('report.byCategory') }), scoreChart(categoryScores(report)))),
    h('div', { class: 'report-lists' },
      moments('report.highlights', 'strengths', report.highlights, numbers, selfIntro, 'report.noHighlights'),
      // "No gaps" would praise a report where nothing was graded (every question skipped, say).
      moments('report.gaps', 'improvements', report.gaps, numbers, selfIntro,
        questions.some((question) => question.assessment) ? 'report.noGaps' : 'report.nothingGraded')),
    wordsLine(report.words),
    wordHabits(report.words, numbers, selfIntro),
    h('section', { class: 'report-section' },
      selfIntro ? null : h('h3', { text: t('report.questions') }),
      questions.map((question, index) => questionCard(question, index, selfIntro))),
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

/**
 * Which engine graded (the model, offline rules, or the model with some answers left to the rules) and the model's
 * tokens; nothing about grading when no answer was graded.
 */
function engineLine(report, questions) {
  const engines = questions.map((question) => question.assessment?.engine).filter(Boolean);
  const offline = engines.filter((engine) => engine === 'offline').length;
  const usedModel = report.engine === 'llm' || engines.includes('llm');
  let text = engines.length ? t('report.engine.offline') : null;
  if (usedModel) text = offline > 0 ? plural('report.engine.mixed', offline) : t('report.engine.llm');
  const usage = report.usage;
  const summaryBy = report.summary && report.summaryEngine
    ? h('span', { 'data-testid': 'summary-engine', dataset: { engine: report.summaryEngine }, text: t(`report.summaryBy.${report.summaryEngine === 'llm' ? 'llm' : 'offline'}`) })
    : null;
  if (!text && !usage && !summaryBy) return null;
  return h('p', { class: 'report-engine', 'data-testid': 'report-engine', dataset: { engine: usedModel ? 'llm' : 'offline' } },
    text ? h('span', { text }) : null,
    summaryBy,
    usage ? h('span', { class: 'report-usage', 'data-testid': 'report-usage', text: usageText(usage) }) : null);
}

function usageText(usage) {
  const compact = new Intl.NumberFormat(getLanguage(), { notation: 'compact', maximumFractionDigits: 1 });
  const count = (n) => compact.format(Number.isFinite(n) ? n : 0);
  return t('report.usage', {
    prompt: count(usage.promptTokens),
    cached: count(usage.cachedPromptTokens),
    completion: count(usage.completionTokens),
  });
}

function statusOf(question) {
  if (STATUSES.includes(question.status)) return question.status;
  return question.skipped ? 'skipped' : 'answered';
}

function overall(report, questions) {
  const scored = questions.some((question) => question.assessment);
  const score = scored ? report.overallScore : null;
  const known = Number.isFinite(score);
  const tally = STATUSES
    .map((status) => [status, questions.filter((question) => statusOf(question) === status).length])
    .filter(([, n]) => n > 0)
    .map(([status, n]) => h('span', { class: `tally tally-${status}`, text: t(`report.tally.${status}`, { n }) }));
  return h('div', { class: 'overall' },
    h('p', { class: `overall-score ${known ? `score-${scoreBand(score)}` : ''}`.trim() },
      h('span', { class: 'overall-label', text: t('report.overall') }),
      h('span', { class: 'overall-value', 'data-testid': 'overall-score', text: known ? String(Math.round(score)) : '—' }),
      h('span', { class: 'overall-max', text: '/ 100' })),
    h('div', { class: 'overall-summary' },
      report.summary ? h('p', { class: 'user-text', text: report.summary }) : null,
      questions.length > 1 ? h('p', { class: 'tallies' }, tally) : null));
}

/** The top three strongest moments or biggest gaps, each naming its question. */
function moments(titleKey, className, items, numbers, selfIntro, emptyKey) {
  return h('section', { class: `report-list ${className}` },
    h('h3', { text: t(titleKey) }),
    items?.length
      ? h('ol', { class: 'moments' }, items.map((item) => h('li', { class: 'moment', dataset: { status: item.status } },
        h('p', { class: item.quote || item.advice ? 'moment-point captioned' : 'moment-point' },
          selfIntro ? null : h('span', { class: 'moment-question', text: t('report.question', { n: numbers.get(item.questionId) ?? '?' }) }),
          item.status === 'covered' ? null : h('span', { class: `point-status status-${item.status}`, text: t(`point.${item.status}`) }),
          h('span', { class: 'user-text', title: item.text, text: item.text })),
        item.quote ? h('q', { class: 'moment-quote user-text', text: item.quote }) : null,
        item.advice ? h('p', { class: 'advice user-text', text: item.advice }) : null)))
      : h('p', { class: 'muted', text: t(emptyKey) }));
}

/** One line: the fillers, the words leaned on most, the usual answer length. */
function wordsLine(words) {
  if (!words || !(words.averageAnswerChars > 0)) return null;
  const counted = (list) => list.map(({ word, count }) => `${word} ×${count}`).join(', ');
  return h('p', { class: 'words', 'data-testid': 'report-words' },
    h('span', {},
      h('strong', { text: `${t('report.words.fillers')}: ` }),
      words.fillers?.length ? counted(words.fillers) : t('report.words.noFillers')),
    words.mostUsed?.length
      ? h('span', {}, h('strong', { text: `${t('report.words.mostUsed')}: ` }), counted(words.mostUsed))
      : null,
    h('span', { text: t('report.words.average', { n: words.averageAnswerChars }) }));
}

/**
 * Answer length against each question's target, compactly; for a self-introduction, its attempts side by side
 * (length, fillers).
 */
function wordHabits(words, numbers, selfIntro) {
  const attempts = words?.attempts ?? [];
  const lengths = words?.lengths ?? [];
  if (selfIntro && attempts.length > 1) {
    return h('div', { class: 'word-habits', 'data-testid': 'word-habits' },
      h('h3', { text: t('report.habits.attempts') }),
      h('table', { class: 'habits-table' },
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col', text: t('report.habits.attempt') }),
          h('th', { scope: 'col', text: t('report.habits.length') }),
          h('th', { scope: 'col', text: t('report.words.fillers') }))),
        h('tbody', {}, attempts.map((attempt) => h('tr', {},
          h('th', { scope: 'row', text: t('report.attemptN', { n: attempt.attempt }) }),
          h('td', { text: lengthText(attempt.estimatedSeconds, attempt.targetSeconds, attempt.verdict) }),
          h('td', { text: attempt.fillers?.length ? attempt.fillers.map(({ word, count }) => `${word} ×${count}`).join(', ') : '—' }))))));
  }
  if (selfIntro || !lengths.length) return null;
  return h('div', { class: 'word-habits', 'data-testid': 'word-habits' },
    h('h3', { text: t('report.habits.lengths') }),
    h('ul', { class: 'habits-lengths' }, lengths.map((length) => h('li', { dataset: { questionId: length.questionId } },
      h('span', { class: 'rq-num', text: t('report.question', { n: numbers.get(length.questionId) ?? '?' }) }),
      h('span', { text: lengthText(length.averageSeconds, length.targetSeconds, length.verdict) })))));
}

/** "45 s of 60 s · a little short": the server's verdict on the length against its target. */
function lengthText(seconds, target, verdict) {
  if (!Number.isFinite(seconds)) return '—';
  if (!(target > 0) || !verdict) return t('report.seconds', { s: seconds });
  return `${t('report.habits.ofTarget', { s: seconds, target })} · ${t(`report.length.${verdict}`)}`;
}

/** [{ label, score }]: the server's category averages (answered questions only). */
function categoryScores(report) {
  return (report.categories ?? [])
    .filter((category) => Number.isFinite(category.score))
    .map((category) => ({ label: category.title ?? category.id, score: Math.round(category.score) }));
}

function attemptScores(questions) {
  return (questions[0]?.attempts ?? [])
    .filter((attempt) => Number.isFinite(attempt.score))
    .map((attempt, index) => ({ label: t('report.attemptN', { n: index + 1 }), score: attempt.score }));
}

function questionCard(question, index, selfIntro) {
  const status = statusOf(question);
  const score = question.assessment?.score;
  const hints = question.hintsUsed ?? 0;
  const points = (question.points ?? []).map((point) => ({ ...point, id: point.pointId, evidence: point.quote }));
  return h('article', {
    class: 'report-question',
    'data-testid': 'report-question',
    dataset: Number.isFinite(score) ? { status, score: String(score) } : { status },
  },
  h('details', {},
    h('summary', { class: 'rq-head' },
      h('span', { class: 'rq-num', text: selfIntro ? t('report.attempts') : t('report.question', { n: index + 1 }) }),
      status === 'answered' ? null : h('span', { class: `rq-status status-${status}`, text: t(`report.status.${status}`) }),
      question.drafted ? h('span', { class: 'drafted-mark', 'data-testid': 'drafted-mark', text: t('posting.draftedMark') }) : null,
      h('span', { class: 'rq-title user-text', text: question.text ?? '' }),
      hints > 0 ? h('span', { class: 'rq-hints', text: plural('report.hintsUsed', hints) }) : null,
      Number.isFinite(score) ? scoreBadge(score) : h('span', { class: 'rq-unscored', text: t('report.notScored') })),
    h('div', { class: 'rq-body' },
      cardMeta(question, selfIntro),
      question.notGradedMessage
        ? h('p', { class: 'rq-not-graded', 'data-testid': 'not-graded', dataset: { reason: question.notGraded ?? '' }, text: question.notGradedMessage })
        : null,
      points.length
        ? h('div', { class: 'rq-block' }, h('h5', { text: t('report.points') }), pointsList(points))
        : null,
      question.modelAnswer
        ? h('div', { class: 'rq-block model-answer' },
          h('h5', { text: t('report.modelAnswer') }),
          h('p', { class: 'user-text', text: question.modelAnswer }))
        : null,
      question.attempts?.length ? attemptsBlock(question.attempts) : answersBlock(question.answers ?? []))));
}

/** The question's category and which engine graded the answer, on one line. */
function cardMeta(question, selfIntro) {
  const category = question.categoryTitle && !selfIntro ? h('span', { class: 'rq-category', text: question.categoryTitle }) : null;
  const engine = question.assessment?.engine === 'llm' ? 'llm' : 'offline';
  const gradedBy = question.assessment
    ? h('span', { class: 'rq-engine', 'data-testid': 'question-engine', dataset: { engine }, text: t(`report.gradedBy.${engine}`) })
    : null;
  return category || gradedBy ? h('p', { class: 'rq-meta' }, category, gradedBy) : null;
}

/** The candidate's whole answers, folded away: the quotes above already show what counted. */
function answersBlock(answers) {
  if (!answers.length) return null;
  return h('details', { class: 'rq-answers' },
    h('summary', { text: t('report.yourAnswers') }),
    answers.map((answer) => h('blockquote', { class: 'answer user-text', text: answer })));
}

/** Self-introduction: every attempt with its score and spoken length against the one-minute target. */
function attemptsBlock(attempts) {
  return h('ol', { class: 'attempts' },
    attempts.map((attempt, index) => h('li', { class: 'attempt' },
      h('details', {},
        h('summary', { class: 'attempt-head' },
          h('span', { class: 'attempt-num', text: t('report.attemptN', { n: index + 1 }) }),
          scoreBadge(attempt.score),
          lengthGauge(attempt.estimatedSeconds, attempt.verdict)),
        h('blockquote', { class: 'answer user-text', text: attempt.answer ?? '' })))));
}

/** The meter's bands only draw the server's verdict (the one-minute target, a quarter either side). */
function lengthGauge(estimatedSeconds, verdict) {
  if (!Number.isFinite(estimatedSeconds)) return null;
  const seconds = Math.round(estimatedSeconds);
  const text = verdict ? `${t('report.seconds', { s: seconds })} · ${t(`report.length.${verdict}`)}` : t('report.seconds', { s: seconds });
  return h('span', { class: 'length' },
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
