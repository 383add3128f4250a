// The conversation: interviewer messages as they stream, the candidate's answers, and the
// after-each assessment cards. All text is set with textContent.
// Each message element: data-testid="message", data-role, data-kind (once known), data-drafted="true" when it is
// about a question a model drafted for the job posting; the CSS shows its label (data-label, which marks a
// drafted question as such) as generated content, so the element's text is exactly the message.
// A notice (a word about the session itself, such as the model being unavailable) is a quiet system line,
// not the interviewer's speech: its text sits in an inner data-testid="notice" element.

import { h } from './dom.js';
import { has, t } from './i18n.js';
import { assessmentCard } from './assessment.js';

const NEAR_BOTTOM_PX = 80;

export class ChatView {
  #scroller;
  #list;
  #thinking;
  #byId = new Map();
  #unplacedCards = []; // cards shown since the last feedback message completed: not in the server's record yet

  /** scroller: the scrolling container; list: the <ol> of messages; thinking: the "preparing" note. */
  constructor(scroller, list, thinking) {
    this.#scroller = scroller;
    this.#list = list;
    this.#thinking = thinking;
  }

  clear() {
    this.#unplacedCards = [];
    this.#reset();
  }

  /**
   * Rebuilds the conversation from JoinSession's transcript and the score cards already shown
   * ([{ questionId, messageId, assessment }]: each goes just before the feedback message it came with,
   * where it stood live). The server's record is the truth.
   */
  renderTranscript(transcript, assessments = []) {
    this.#reset();
    const cards = new Map((assessments ?? []).map((shown) => [shown.messageId, shown.assessment]));
    for (const entry of transcript) {
      const role = entry.role === 'candidate' ? 'candidate' : 'interviewer';
      const card = entry.messageId ? cards.get(entry.messageId) : null;
      if (card) this.#list.append(assessmentCard(card));
      this.#list.append(this.#message(role, entry.kind ?? (role === 'candidate' ? 'answer' : null), entry.text ?? '', entry.drafted));
    }
    // A card whose feedback message was still being spoken stays at the end, as it was.
    this.#list.append(...this.#unplacedCards);
    this.#scroller.scrollTop = this.#scroller.scrollHeight;
  }

  /** Shows an answer as it is sent; returns its element so a refused answer can be taken back. */
  addCandidate(text) {
    const el = this.#message('candidate', 'answer', text);
    this.#following(() => this.#list.append(el));
    return el;
  }

  /** MessageDelta: appends text to the bubble of messageId, creating it on the first piece. */
  delta(messageId, text) {
    this.#following(() => {
      this.setThinking(false);
      let el = this.#byId.get(messageId);
      if (!el) {
        el = this.#message('interviewer', null, '');
        el.dataset.messageId = messageId;
        el.setAttribute('aria-busy', 'true');
        this.#byId.set(messageId, el);
        this.#list.append(el);
      }
      el.append(text ?? '');
    });
  }

  /**
   * MessageReset: forget the pieces of messageId shown so far (its bubble goes: if every later attempt fails, no
   * empty bubble is left behind); the pieces that follow start it again. A completed message is whole and stays.
   */
  reset(messageId) {
    const el = this.#byId.get(messageId);
    if (el?.getAttribute('aria-busy') === 'true') {
      el.remove();
      this.#byId.delete(messageId);
    }
  }

  /** MessageCompleted: the message's whole text and kind (also repairs a replaced message). */
  complete({ messageId, kind, text, drafted }) {
    this.#following(() => {
      this.setThinking(false);
      let el = this.#byId.get(messageId);
      // After a re-join the transcript may already hold this message (without an id): adopt it.
      const twin = this.#transcriptTwin(kind, text);
      if (twin) {
        if (el !== twin) el?.remove();
        el = twin;
      }
      if (!el) {
        el = this.#message('interviewer', kind, text);
        this.#list.append(el);
      }
      if (drafted) el.dataset.drafted = 'true';
      el.dataset.messageId = messageId;
      this.#byId.set(messageId, el);
      this.#setKind(el, 'interviewer', kind);
      this.#setText(el, text);
      el.removeAttribute('aria-busy');
      if (kind === 'feedback') this.#unplacedCards = [];
    });
  }

  /** AnswerAssessed: the card goes in now, just before the feedback message that follows it. */
  addAssessment(assessment) {
    if (!assessment) return;
    const card = assessmentCard(assessment);
    this.#unplacedCards.push(card);
    this.#following(() => this.#list.append(card));
  }

  setThinking(on) {
    this.#following(() => {
      this.#thinking.hidden = !on;
    });
  }

  /** Re-labels messages after a language change. */
  relabel() {
    for (const el of this.#list.querySelectorAll('[data-testid="message"]')) {
      this.#setKind(el, el.dataset.role, el.dataset.kind);
    }
  }

  #reset() {
    this.#list.replaceChildren();
    this.#byId.clear();
    this.setThinking(false);
  }

  #message(role, kind, text, drafted = false) {
    const el = h('li', { class: `message message-${role}`, 'data-testid': 'message', dataset: drafted ? { role, drafted: 'true' } : { role } });
    this.#setKind(el, role, kind);
    this.#setText(el, text);
    return el;
  }

  #setText(el, text) {
    if (el.dataset.kind === 'notice') {
      el.replaceChildren(h('span', { class: 'notice-text', 'data-testid': 'notice', text: text ?? '' }));
    } else {
      el.textContent = text ?? '';
    }
  }

  #setKind(el, role, kind) {
    if (kind) el.dataset.kind = kind;
    const kindKey = `kind.${kind}`;
    const label = role === 'interviewer' && kind && has(kindKey) ? t(kindKey) : t(`role.${role}`);
    el.dataset.label = kind === 'question' && el.dataset.drafted === 'true' ? `${label} · ${t('posting.draftedMark')}` : label;
    el.classList.toggle('message-notice', kind === 'notice');
  }

  /** A message rebuilt from the transcript, since the candidate last spoke, with this kind and text. */
  #transcriptTwin(kind, text) {
    const messages = [...this.#list.querySelectorAll('[data-testid="message"]')].reverse();
    for (const el of messages) {
      if (el.dataset.role === 'candidate') return null;
      if (!el.dataset.messageId && el.dataset.kind === kind && el.textContent === text) return el;
    }
    return null;
  }

  /** Runs change and keeps the view pinned to the newest message if it was already there. */
  #following(change) {
    const scroller = this.#scroller;
    const atBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < NEAR_BOTTOM_PX;
    change();
    if (atBottom) scroller.scrollTop = scroller.scrollHeight;
  }
}
