// Wiring: the start form, the hub connection and its events, the chat, the report, resume.

import { browserLanguage, getLanguage, onLanguageChange, setLanguage, t } from './i18n.js';
import * as storage from './storage.js';
import { fetchLimits, fetchQuestions, fetchReport } from './api.js';
import { myProgress, mySessions } from './account-api.js';
import { AccountPanel } from './account.js';
import { renderHistory, renderMastery, renderTrend } from './practice.js';
import { AnswerIds, InterviewConnection } from './connection.js';
import { describe, hubRefusal } from './errors.js';
import { ChatView } from './chat.js';
import { renderReport } from './report.js';
import { SessionTimer } from './timer.js';
import { StartForm } from './start-form.js';

// Until GET /api/limits answers: the server's default.
let maxAnswerChars = 4000;

const $ = (id) => document.getElementById(id);
const ui = {
  startView: $('start-view'),
  startNotice: $('start-notice'),
  interviewView: $('interview-view'),
  connectionStatus: $('connection-status'),
  newInterview: $('new-interview'),
  banner: $('banner'),
  bannerText: $('banner-text'),
  bannerClose: $('banner-close'),
  progress: $('progress'),
  progressBar: $('progress-bar'),
  progressFill: $('progress-fill'),
  report: $('report'),
  reportActions: $('report-actions'),
  reportNew: $('report-new'),
  composer: $('composer'),
  answer: $('answer'),
  counter: $('counter'),
  composerError: $('composer-error'),
  send: $('send'),
  hint: $('hint'),
  skip: $('skip'),
  end: $('end'),
  timeWarning: $('time-warning'),
  unsent: $('unsent'),
  unsentText: $('unsent-text'),
  confirmNew: $('confirm-new'),
  practiceGuest: $('practice-guest'),
  historySection: $('history-section'),
  historyList: $('history-list'),
  trendSection: $('trend-section'),
  trend: $('trend'),
  masteryList: $('mastery-list'),
  startReview: $('start-review'),
  reviewWhy: $('review-why'),
};

const state = {
  sessionId: null,
  resumeToken: null,
  status: 'idle', // idle | starting | resuming | active | completed
  busy: false, // an answer or an action is on its way to the server
  connection: 'idle', // idle | connecting | reconnecting | connected
  questionIndex: null, // 0-based
  totalQuestions: null,
  timeLimitMinutes: 0,
  report: null,
  hintLimitReached: false, // the server gave every hint it has for the current question
  generation: 0, // bumped by "new interview" so late replies for an abandoned session are ignored
};

const chat = new ChatView($('log'), $('messages'), $('thinking'));
const timer = new SessionTimer($('timer'), {
  onLastMinute() {
    if (state.status === 'active') ui.timeWarning.hidden = false;
  },
  onTimeUp: () => sendDraftAtTimeUp(),
});

// ---- server events ---------------------------------------------------------------------------

const isCurrent = (event) => !event?.sessionId || !state.sessionId || event.sessionId === state.sessionId;

const connection = new InterviewConnection({
  handlers: {
    MessageDelta(event) {
      if (isCurrent(event)) chat.delta(event.messageId, event.text);
    },
    MessageReset(event) {
      if (isCurrent(event)) chat.reset(event.messageId);
    },
    MessageCompleted(event) {
      if (!isCurrent(event)) return;
      chat.complete(event);
      setProgress(event.questionIndex, event.totalQuestions);
      if (event.kind === 'question') state.hintLimitReached = false;
      // The interview is over once its closing words are said: the clock stops there.
      if (event.kind === 'closing') stopClock(Date.now());
      updateControls();
    },
    AnswerAssessed(event) {
      if (isCurrent(event)) chat.addAssessment(event.assessment);
    },
    SessionCompleted(event) {
      if (isCurrent(event)) finish(event.report);
    },
    SessionError(event) {
      if (isCurrent(event)) showBanner(describe(event.code, event.message, { max: maxAnswerChars }));
    },
  },
  onStatus(status) {
    state.connection = status;
    renderStatus();
    updateControls();
  },
  onRejoin: () => rejoin(),
});

// ---- starting, resuming, finishing --------------------------------------------------------------

async function startInterview(options) {
  const generation = state.generation;
  chat.clear();
  hideBanner();
  state.status = 'starting';
  state.timeLimitMinutes = options.timeLimitMinutes;
  form.setBusy(true);
  try {
    await connection.connect();
    const startedAt = Date.now();
    const result = await connection.invoke('StartSession', options);
    if (generation !== state.generation) return;
    state.sessionId = result.sessionId;
    state.resumeToken = result.resumeToken;
    storage.saveSession(result);
    if (!account.email) storage.addGuestSession(result);
    setProgress(state.questionIndex ?? 0, result.totalQuestions);
    timer.start(startedAt, options.timeLimitMinutes);
    if (state.status === 'starting') state.status = 'active';
    updateControls();
    showView('interview');
    ui.answer.focus();
  } catch (error) {
    if (generation !== state.generation) return;
    state.status = 'idle';
    form.showError(describeFailure(error));
  } finally {
    form.setBusy(false);
    updateControls();
  }
}

async function resume(saved) {
  state.sessionId = saved.sessionId;
  state.resumeToken = saved.resumeToken;
  state.status = 'resuming';
  restoreDraft();
  showView('interview');
  try {
    await connection.connect();
  } catch {
    return; // Stopped by "new interview".
  }
  await rejoin();
}

/** JoinSession and rebuild from its transcript (on load, and after every reconnection). */
async function rejoin() {
  if (!state.sessionId) return;
  const generation = state.generation;
  let result;
  try {
    result = await connection.invoke('JoinSession', state.sessionId, state.resumeToken);
  } catch {
    if (generation !== state.generation) return;
    // Refused while connected: the session is gone. Otherwise the next reconnection tries again.
    if (connection.connected) await newInterview(t('error.resumeFailed'));
    return;
  }
  if (generation !== state.generation) return;

  if (result.language) setLanguage(result.language);
  chat.renderTranscript(result.transcript ?? [], result.assessments ?? []);
  forgetDraftAlreadyTaken(result.transcript ?? []);
  restoreDraft();
  setProgress(result.questionIndex, result.totalQuestions);
  if (Number.isFinite(result.timeLimitMinutes)) state.timeLimitMinutes = result.timeLimitMinutes;

  if (result.status === 'completed') {
    if (!state.report) await finish(null);
  } else {
    state.status = 'active';
    const startedAt = Date.parse(result.startedAt);
    if (Number.isFinite(startedAt)) timer.start(startedAt, state.timeLimitMinutes);
    else if (timer.startedAt == null) timer.start(Date.now(), state.timeLimitMinutes);
  }
  showView('interview');
  updateControls();
  renderStatus();
}

/** Shows the report: the one SessionCompleted carried, or the one the report endpoint gives. */
async function finish(report) {
  const generation = state.generation;
  state.status = 'completed';
  chat.setThinking(false);
  stopClock(Date.now());
  showUnsentDraft();
  updateControls();
  let finalReport = report;
  if (!finalReport) {
    try {
      finalReport = await fetchReport(state.sessionId, state.resumeToken);
    } catch {
      if (generation === state.generation) showBanner(t('error.reportFailed'));
      return;
    }
    if (generation !== state.generation) return;
  }
  state.report = finalReport;
  const startedAt = Date.parse(finalReport.startedAt);
  if (timer.startedAt == null && Number.isFinite(startedAt)) timer.start(startedAt, state.timeLimitMinutes);
  stopClock(Date.parse(finalReport.completedAt) || Date.now());

  renderReport(ui.report, finalReport);
  ui.report.hidden = false;
  ui.reportActions.hidden = false;
  ui.interviewView.classList.add('is-done');
  showView('interview');
  ui.report.scrollIntoView({ block: 'start' });
  ui.report.querySelector('#report-title')?.focus({ preventScroll: true });
}

/** Forgets the stored session and returns to the start form (with an optional notice). */
async function newInterview(notice = '') {
  state.generation++;
  storage.clearSession();
  storage.clearDrafts();
  Object.assign(state, {
    sessionId: null,
    resumeToken: null,
    status: 'idle',
    busy: false,
    questionIndex: null,
    totalQuestions: null,
    timeLimitMinutes: 0,
    report: null,
    hintLimitReached: false,
  });
  chat.clear();
  timer.reset();
  hideBanner();
  ui.report.replaceChildren();
  ui.report.hidden = true;
  ui.reportActions.hidden = true;
  ui.interviewView.classList.remove('is-done');
  ui.answer.value = '';
  ui.unsent.hidden = true;
  ui.unsentText.value = '';
  ui.timeWarning.hidden = true;
  showComposerError('');
  updateCounter();
  renderProgress();
  ui.startNotice.textContent = notice;
  ui.startNotice.hidden = !notice;
  showView('start');
  updateControls();
  form.focus();
  await connection.stop();
  await refreshPractice();
}

// ---- practice over time ------------------------------------------------------------------------

const practice = { sessions: [], progress: null, questions: new Map(), generation: 0 };

/** The hub reads the account from the cookie when it connects: after signing in or out, it connects anew. */
async function accountChanged() {
  await connection.stop();
  await refreshPractice();
}

/** Loads and shows the history, the trend and the mastery of the signed-in candidate (a guest sees why not). */
async function refreshPractice() {
  const generation = ++practice.generation;
  const signedIn = Boolean(account.email);
  if (signedIn) {
    const lang = getLanguage();
    try {
      const [sessions, progress, questions] = await Promise.all([mySessions(), myProgress(lang), fetchQuestions(lang)]);
      if (generation !== practice.generation) return;
      Object.assign(practice, { sessions, progress, questions: new Map(questions.map((question) => [question.id, question])) });
    } catch {
      if (generation !== practice.generation) return;
      Object.assign(practice, { sessions: [], progress: null });
    }
  } else {
    Object.assign(practice, { sessions: [], progress: null });
  }
  renderPractice();
}

function renderPractice() {
  const signedIn = Boolean(account.email);
  const points = practice.progress?.points ?? [];
  const scores = practice.progress?.scores ?? [];
  ui.practiceGuest.hidden = signedIn;
  ui.historySection.hidden = !signedIn;
  ui.trendSection.hidden = !signedIn;
  renderHistory(ui.historyList, practice.sessions, openPastSession);
  renderTrend(ui.trend, scores);
  renderMastery(ui.masteryList, points, practice.questions);
  let why = null;
  if (!signedIn) why = t('review.guest');
  else if (!points.length) why = t('review.nothing');
  ui.startReview.disabled = Boolean(why);
  ui.reviewWhy.textContent = why ?? '';
  ui.reviewWhy.hidden = !why;
}

/** A review of the weakest point's track: its mode follows the track (behavioral and self-intro have their own). */
function startReview() {
  const first = practice.progress?.points?.[0];
  if (!account.email || !first) return;
  const track = practice.questions.get(first.questionId)?.track;
  const values = form.values();
  const fixedMode = ['behavioral', 'self-intro'].includes(track) ? track : 'interview';
  startInterview({
    ...values,
    mode: track ? fixedMode : values.mode,
    track: track ?? values.track,
    questionCount: fixedMode === 'self-intro' ? null : values.questionCount ?? 5,
    feedback: fixedMode === 'self-intro' ? null : values.feedback ?? 'after-each',
    focus: 'review',
    jobPosting: null,
  });
}

/** Opens a past session of the account (no token needed by its owner): its transcript and report. */
function openPastSession(session) {
  if (state.status !== 'idle') return;
  chat.clear();
  state.report = null;
  resume({ sessionId: session.sessionId, resumeToken: '' });
}

// ---- the candidate's actions -------------------------------------------------------------------

const canAct = () => state.status === 'active' && !state.busy && state.connection === 'connected';

const answerIds = new AnswerIds();

/**
 * Sends the answer box. Its text (and the stored draft) stays until the server has taken the answer: a refused
 * or lost send leaves everything the candidate typed where it was. The answer's id is stored with the draft, so
 * sending the same words again, even after a reload, cannot store them twice.
 */
async function sendAnswer({ atTimeUp = false } = {}) {
  const text = ui.answer.value;
  if (!canAct()) return;
  if (!text.trim()) {
    ui.answer.focus();
    return;
  }
  showComposerError('');
  state.busy = true;
  updateControls();
  const bubble = chat.addCandidate(text);
  chat.setThinking(true);
  try {
    const clientMessageId = answerIds.idFor(text);
    storage.saveDraft(state.sessionId, { text, clientId: clientMessageId });
    await connection.invoke('SubmitAnswerWithId', state.sessionId, text, clientMessageId);
    answerIds.sent();
    answerTaken();
  } catch (error) {
    bubble.remove();
    chat.setThinking(false);
    showComposerError(atTimeUp ? `${describeFailure(error)} ${t('time.kept')}` : describeFailure(error));
  } finally {
    state.busy = false;
    updateControls();
    if (state.status === 'active') ui.answer.focus();
  }
}

function answerTaken() {
  ui.answer.value = '';
  storage.saveDraft(state.sessionId, null);
  updateCounter();
}

/** At time-up the answer being written goes out as it is; when it cannot, it stays and is shown after the end. */
function sendDraftAtTimeUp() {
  ui.timeWarning.hidden = true;
  if (state.status !== 'active' || !ui.answer.value.trim()) return;
  if (canAct()) sendAnswer({ atTimeUp: true });
  else showComposerError(t('time.kept'));
}

/** RequestHint, SkipQuestion or EndSession. */
async function act(method) {
  if (!canAct()) return;
  hideBanner();
  state.busy = true;
  updateControls();
  chat.setThinking(method !== 'EndSession');
  try {
    await connection.invoke(method, state.sessionId);
  } catch (error) {
    chat.setThinking(false);
    if (hubRefusal(error).code === 'hint-limit') state.hintLimitReached = true;
    showBanner(describeFailure(error));
  } finally {
    state.busy = false;
    updateControls();
  }
}

// ---- rendering helpers -------------------------------------------------------------------------

function showView(name) {
  ui.startView.hidden = name !== 'start';
  ui.interviewView.hidden = name !== 'interview';
}

function updateControls() {
  const active = state.status === 'active';
  const completed = state.status === 'completed';
  ui.answer.disabled = !active || state.busy;
  for (const button of [ui.send, ui.hint, ui.skip, ui.end]) button.disabled = !canAct();
  if (state.hintLimitReached) ui.hint.disabled = true;
  ui.composer.hidden = completed;
  ui.end.hidden = completed;
  if (!active) ui.timeWarning.hidden = true;
  ui.newInterview.hidden = !state.sessionId;
}

/** Freezes the header clock (the interview's closing words, or its end). */
function stopClock(at) {
  timer.stop(at);
  ui.timeWarning.hidden = true;
}

/**
 * A send whose reply was lost with the connection may still have been stored: when the transcript's last answer
 * is the draft, the server took it, and the draft is done with.
 */
function forgetDraftAlreadyTaken(transcript) {
  const draft = storage.loadDraft(state.sessionId);
  const lastAnswer = transcript.filter((entry) => entry.role === 'candidate').at(-1);
  const same = (a, b) => a?.replace(/\r\n/g, '\n').trim().normalize('NFC') === b?.replace(/\r\n/g, '\n').trim().normalize('NFC');
  if (!draft?.text || !lastAnswer || !same(draft.text, lastAnswer.text)) return;
  storage.saveDraft(state.sessionId, null);
  if (same(ui.answer.value, draft.text)) {
    ui.answer.value = '';
    updateCounter();
  }
}

/** Puts the stored draft of this session back in an empty answer box (after a reload or a re-join). */
function restoreDraft() {
  const draft = storage.loadDraft(state.sessionId);
  if (!draft?.text || ui.answer.value) return;
  ui.answer.value = draft.text;
  if (draft.clientId) answerIds.remember(draft.text, draft.clientId);
  updateCounter();
}

/** After the end, an answer that never went out is shown (read-only) instead of vanishing with the answer box. */
function showUnsentDraft() {
  const text = ui.answer.value || storage.loadDraft(state.sessionId)?.text || '';
  ui.unsentText.value = text;
  ui.unsent.hidden = !text.trim();
}

/** "New interview": asks first while an interview is still running, since leaving it cannot be undone. */
function requestNewInterview() {
  if (state.status === 'completed' || state.status === 'idle') {
    newInterview();
    return;
  }
  ui.confirmNew.returnValue = '';
  ui.confirmNew.showModal();
}

/** The candidate's words for a failed hub or HTTP call. */
function describeFailure(error) {
  if (typeof error?.status === 'number') return describe(error.code, error.message, { max: maxAnswerChars });
  const { code, text } = hubRefusal(error);
  return describe(code, text, { max: maxAnswerChars });
}

function setProgress(questionIndex, totalQuestions) {
  if (Number.isInteger(questionIndex)) state.questionIndex = questionIndex;
  if (Number.isInteger(totalQuestions) && totalQuestions > 0) state.totalQuestions = totalQuestions;
  renderProgress();
}

function renderProgress() {
  const { questionIndex, totalQuestions } = state;
  const known = Number.isInteger(questionIndex) && totalQuestions > 0;
  const n = known ? Math.min(questionIndex + 1, totalQuestions) : 0;
  ui.progress.textContent = known ? t('progress', { n, total: totalQuestions }) : '';
  ui.progressBar.hidden = !known;
  if (known) {
    ui.progressBar.setAttribute('aria-valuemax', String(totalQuestions));
    ui.progressBar.setAttribute('aria-valuenow', String(n));
    ui.progressFill.style.width = `${(100 * n) / totalQuestions}%`;
  }
}

function renderStatus() {
  let key = null;
  if (state.connection === 'connecting' || state.connection === 'reconnecting') key = `status.${state.connection}`;
  else if (state.status === 'resuming') key = 'status.resuming';
  ui.connectionStatus.textContent = key ? t(key) : '';
}

function updateCounter() {
  const n = ui.answer.value.length;
  const over = n - maxAnswerChars;
  ui.counter.textContent = t(over > 0 ? 'counter.over' : 'counter', { n, max: maxAnswerChars, over });
  ui.counter.classList.toggle('over', over > 0);
}

function applyLimits(limits) {
  if (!Number.isInteger(limits?.maxAnswerChars) || limits.maxAnswerChars < 1) return;
  maxAnswerChars = limits.maxAnswerChars;
  ui.answer.maxLength = maxAnswerChars;
  updateCounter();
}

function showComposerError(message) {
  ui.composerError.textContent = message;
  ui.composerError.hidden = !message;
}

function showBanner(message) {
  ui.bannerText.textContent = message;
  ui.banner.hidden = false;
}

function hideBanner() {
  ui.banner.hidden = true;
  ui.bannerText.textContent = '';
}

// ---- start-up ----------------------------------------------------------------------------------

const form = new StartForm(document.querySelector('[data-testid="start-form"]'), {
  onSubmit: startInterview,
  onLanguage(lang) {
    storage.saveLanguage(lang);
    setLanguage(lang);
  },
});

ui.composer.addEventListener('submit', (event) => {
  event.preventDefault();
  sendAnswer();
});
ui.answer.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    sendAnswer();
  }
});
ui.answer.addEventListener('input', () => {
  updateCounter();
  storage.saveDraft(state.sessionId, { text: ui.answer.value });
});
ui.hint.addEventListener('click', () => act('RequestHint'));
ui.skip.addEventListener('click', () => act('SkipQuestion'));
ui.end.addEventListener('click', () => act('EndSession'));
ui.bannerClose.addEventListener('click', hideBanner);
ui.newInterview.addEventListener('click', requestNewInterview);
ui.reportNew.addEventListener('click', () => newInterview());
ui.startReview.addEventListener('click', startReview);
ui.confirmNew.addEventListener('close', () => {
  if (ui.confirmNew.returnValue === 'accept') newInterview();
});

onLanguageChange(() => {
  form.refresh();
  chat.relabel();
  renderProgress();
  renderStatus();
  timer.render();
  updateCounter();
  if (state.report) renderReport(ui.report, state.report);
  account.render();
  if (account.email) refreshPractice();
  else renderPractice();
});

const account = new AccountPanel($('account'), { onChange: accountChanged });

// The browser's language until the candidate picks one; the pick is remembered.
setLanguage(storage.loadLanguage() ?? browserLanguage());
form.refresh();
ui.answer.maxLength = maxAnswerChars;
updateCounter();
updateControls();
fetchLimits().then(applyLimits, () => {}); // The default stays; the server still checks every answer.
const saved = storage.loadSession();
if (saved) resume(saved);
else showView('start');
account.load().then(refreshPractice);
