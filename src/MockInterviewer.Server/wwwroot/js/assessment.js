// How an Assessment's reference points look, shared by the chat's card and the report.

import { h, scoreBand } from './dom.js';
import { t } from './i18n.js';

const STATUS_ICONS = { covered: '✓', partial: '◐', missing: '○', incorrect: '✕' };

/** A score badge such as "72 / 100", coloured by band; "—" when there is no score. */
export function scoreBadge(score) {
  const known = Number.isFinite(score);
  return h('span', {
    class: known ? `score-badge score-${scoreBand(score)}` : 'score-badge',
    text: known ? t('score', { score }) : '—',
  });
}

/** The reference points with their status, the quote that shows them and any advice, when there is one. */
export function pointsList(points = []) {
  return h('ul', { class: 'points' },
    points.map((point) => {
      const status = STATUS_ICONS[point.status] ? point.status : 'missing';
      return h('li', { class: 'point', dataset: { status } },
        h('span', { class: `point-status status-${status}` },
          h('span', { 'aria-hidden': 'true', text: STATUS_ICONS[status] }),
          ` ${t(`point.${status}`)}`),
        h('span', { class: 'point-text user-text', text: point.text ?? '' }),
        point.evidence
          ? h('blockquote', { class: 'evidence' },
            h('span', { class: 'evidence-label', text: t('point.evidence') }),
            h('q', { class: 'user-text', text: point.evidence }))
          : null,
        point.advice ? h('p', { class: 'advice user-text', text: point.advice }) : null);
    }));
}

/** The compact card shown in the chat after an answer (feedback: after-each). */
export function assessmentCard(assessment) {
  return h('li', { class: 'assessment-card', 'data-testid': 'assessment' },
    h('details', { open: true },
      h('summary', {},
        h('span', { class: 'assessment-title', text: t('assessment.title') }),
        scoreBadge(assessment.score)),
      pointsList(assessment.points)));
}
