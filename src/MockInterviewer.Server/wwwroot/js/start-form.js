// The start form: mode, track (from /api/tracks; fixed for behavioral and self-intro), language,
// question count, time limit, feedback timing, focus (general or review) and an optional job posting, whose fit
// with the bank can be previewed.

import { h } from './dom.js';
import { getLanguage, has, t } from './i18n.js';
import { fetchTracks, planPosting } from './api.js';

/** Modes that always use one track. */
const FIXED_TRACKS = { behavioral: 'behavioral', 'self-intro': 'self-intro' };
/** A self-introduction is one question with feedback after each attempt: neither field applies. */
const FIELDS_NOT_ASKED = { 'self-intro': ['questionCount', 'feedback'] };
/** Used until /api/tracks answers, or if it cannot. */
const FALLBACK_TRACKS = ['ml-junior', 'ai-engineer', 'behavioral', 'self-intro'].map((id) => ({ id }));
const MAX_QUESTIONS = 15;
/** How many of the ranked questions the fit preview lists. */
const PREVIEW_QUESTIONS = 5;

const trackTitle = (track) => track.title ?? (has(`track.${track.id}`) ? t(`track.${track.id}`) : track.id);

export class StartForm {
  #form;
  #fields;
  #startButton;
  #intro;
  #trackInfo;
  #countHint;
  #error;
  #tracksByLanguage = new Map();
  #interviewTrack = null;
  #wantedCount;
  #plan;

  /** onSubmit(options) gets StartSession's argument; onLanguage(lang) is called when the language field changes. */
  constructor(form, { onSubmit, onLanguage }) {
    this.#form = form;
    const field = (name) => form.elements.namedItem(name);
    this.#fields = {
      mode: field('mode'),
      track: field('track'),
      language: field('language'),
      questionCount: field('questionCount'),
      timeLimitMinutes: field('timeLimitMinutes'),
      feedback: field('feedback'),
      focus: field('focus'),
      jobPosting: field('jobPosting'),
    };
    this.#plan = form.querySelector('#posting-plan');
    form.querySelector('#preview-fit').addEventListener('click', () => this.#previewFit());
    this.#startButton = form.querySelector('[data-testid="start"]');
    this.#intro = form.querySelector('#mode-intro');
    this.#trackInfo = form.querySelector('#track-info');
    this.#countHint = form.querySelector('#count-hint');
    this.#error = form.querySelector('#start-error');

    this.#fields.mode.addEventListener('change', () => this.#renderMode());
    this.#fields.track.addEventListener('change', () => {
      this.#interviewTrack = this.#fields.track.value;
      this.#renderTrackInfo();
    });
    this.#wantedCount = Number(this.#fields.questionCount.value);
    this.#fields.questionCount.addEventListener('input', () => {
      this.#wantedCount = Number(this.#fields.questionCount.value);
    });
    this.#fields.language.addEventListener('change', () => onLanguage(this.#fields.language.value));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.showError('');
      if (form.reportValidity()) onSubmit(this.values());
    });
  }

  /** Re-renders for the current language, then loads that language's track titles. */
  async refresh() {
    const lang = getLanguage();
    this.#fields.language.value = lang;
    this.#renderMode();
    if (this.#tracksByLanguage.has(lang)) return; // Loaded, or loading (null).
    this.#tracksByLanguage.set(lang, null);
    try {
      const tracks = await fetchTracks(lang);
      if (!Array.isArray(tracks) || !tracks.length) throw new Error('No tracks');
      this.#tracksByLanguage.set(lang, tracks);
    } catch {
      this.#tracksByLanguage.delete(lang); // The built-in list stays; the next refresh asks again.
      return;
    }
    if (lang === getLanguage()) this.#renderMode();
  }

  values() {
    const { mode, track, language, questionCount, timeLimitMinutes, feedback, focus, jobPosting } = this.#fields;
    const asked = (field) => !this.#notAsked().includes(field);
    return {
      mode: mode.value,
      track: track.value || null,
      language: language.value,
      questionCount: asked('questionCount') ? Number(questionCount.value) : null,
      timeLimitMinutes: Number(timeLimitMinutes.value),
      feedback: asked('feedback') ? feedback.value : null,
      focus: focus.value,
      jobPosting: jobPosting.value.trim() || null,
    };
  }

  setBusy(busy) {
    this.#startButton.disabled = busy;
    this.#startButton.dataset.i18n = busy ? 'action.starting' : 'action.start';
    this.#startButton.textContent = t(this.#startButton.dataset.i18n);
  }

  showError(message) {
    this.#error.textContent = message;
    this.#error.hidden = !message;
  }

  focus() {
    this.#fields.mode.focus();
  }

  /**
   * Shows POST /api/job-postings/plan's ranking: the best-fitting questions with the posting's words that matched,
   * then any questions the model drafted for what the bank lacks, each marked as drafted.
   */
  async #previewFit() {
    const text = this.#fields.jobPosting.value.trim();
    this.#plan.hidden = false;
    if (!text) {
      this.#plan.replaceChildren(h('p', { class: 'muted', text: t('posting.empty') }));
      return;
    }
    this.#plan.replaceChildren(h('p', { class: 'muted', text: t('posting.loading') }));
    let plan;
    try {
      plan = await planPosting(text, this.#fields.language.value);
    } catch {
      this.#plan.replaceChildren(h('p', { class: 'form-error', text: t('posting.failed') }));
      return;
    }
    const ranked = (plan?.questions ?? []).slice(0, PREVIEW_QUESTIONS);
    const drafted = plan?.drafted ?? [];
    this.#plan.replaceChildren(...[
      h('h3', { text: t('posting.title') }),
      ranked.length
        ? h('ol', { class: 'plan-list' }, ranked.map((question) => planItem(question.text, question.why?.length ? t('posting.why', { words: question.why.join(', ') }) : null, 'plan-question')))
        : h('p', { class: 'muted', text: t('posting.noMatch') }),
      drafted.length
        ? h('div', {}, h('h3', { text: t('posting.drafted') }),
          h('ol', { class: 'plan-list' }, drafted.map(draftedItem)))
        : null,
    ].filter(Boolean));
  }

  #tracks() {
    return this.#tracksByLanguage.get(getLanguage()) ?? FALLBACK_TRACKS;
  }

  #renderMode() {
    const mode = this.#fields.mode.value;
    const fixed = FIXED_TRACKS[mode];
    const all = this.#tracks();
    const fixedIds = Object.values(FIXED_TRACKS);
    let options = fixed ? all.filter((track) => track.id === fixed) : all.filter((track) => !fixedIds.includes(track.id));
    if (!options.length) options = fixed ? [{ id: fixed }] : all;

    const select = this.#fields.track;
    const wanted = fixed ?? this.#interviewTrack ?? select.value;
    select.replaceChildren(...options.map((track) => h('option', { value: track.id, text: trackTitle(track) })));
    select.value = options.some((track) => track.id === wanted) ? wanted : options[0].id;
    select.disabled = Boolean(fixed);

    this.#intro.textContent = t(`intro.${mode}`);
    this.#renderTrackInfo();
    this.#renderAskedFields();
  }

  #notAsked() {
    return FIELDS_NOT_ASKED[this.#fields.mode.value] ?? [];
  }

  /** Hides (and leaves out of validation) the fields the mode does not use. */
  #renderAskedFields() {
    const notAsked = this.#notAsked();
    for (const name of ['questionCount', 'feedback']) {
      const input = this.#fields[name];
      const hide = notAsked.includes(name);
      input.disabled = hide;
      input.closest('.field').hidden = hide;
    }
  }

  #renderTrackInfo() {
    const track = this.#tracks().find((candidate) => candidate.id === this.#fields.track.value);
    const parts = [];
    if (Number.isFinite(track?.questionCount)) parts.push(t('track.info', { count: track.questionCount }));
    if (track?.categories?.length) parts.push(track.categories.map((category) => category.title ?? category.id).join(', '));
    this.#trackInfo.textContent = parts.join(' · ');
    this.#trackInfo.hidden = !parts.length;

    const max = Math.max(1, Math.min(MAX_QUESTIONS, track?.questionCount ?? MAX_QUESTIONS));
    const count = this.#fields.questionCount;
    count.max = String(max);
    if (this.#wantedCount >= 1) count.value = String(Math.min(this.#wantedCount, max));
    this.#countHint.textContent = t('field.questionCount.hint', { max });
  }
}

function planItem(text, why, testId, mark = null) {
  return h('li', { 'data-testid': testId },
    mark,
    h('span', { class: 'user-text', text }),
    why ? h('span', { class: 'plan-why', 'data-testid': 'plan-why', text: why }) : null);
}

/** A question the model drafted: marked so, with the posting's words it comes from and how many points the model proposes. */
function draftedItem(question) {
  const words = question.why ?? [];
  const points = t('posting.draftedPoints', { count: (question.points ?? []).length });
  const why = words.length ? `${t('posting.draftedWhy', { words: words.join(', ') })} · ${points}` : points;
  return planItem(question.text, why, 'plan-drafted',
    h('span', { class: 'drafted-mark', 'data-testid': 'drafted-mark', text: t('posting.draftedMark') }));
}
