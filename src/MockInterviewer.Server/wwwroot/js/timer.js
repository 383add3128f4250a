// The session clock: time used, and time left when there is a limit. With a limit it warns once when a
// minute is left and says once when time is up.

import { t } from './i18n.js';

const LOW_TIME_MS = 5 * 60 * 1000;
const LAST_MINUTE_MS = 60 * 1000;
// Time is up for the page a moment before the server's deadline, so an answer sent then is still taken as one.
const TIME_UP_MARGIN_MS = 2000;

/** 754000 → "12:34"; an hour or more → "1:02:03". */
export function formatClock(ms) {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${String(minutes).padStart(2, '0')}:${seconds}`;
}

export class SessionTimer {
  #el;
  #startedAt = null;
  #limitMs = 0;
  #stoppedAt = null;
  #interval = null;
  #onLastMinute;
  #onTimeUp;
  #warned = false;
  #timeUp = false;

  /** onLastMinute() and onTimeUp() are each called once per start, only while the clock runs. */
  constructor(el, { onLastMinute = () => {}, onTimeUp = () => {} } = {}) {
    this.#el = el;
    this.#onLastMinute = onLastMinute;
    this.#onTimeUp = onTimeUp;
  }

  /** startedAt: epoch ms; limitMinutes: 0 or absent for no limit. */
  start(startedAt, limitMinutes) {
    const limitMs = Math.max(0, Number(limitMinutes) || 0) * 60 * 1000;
    if (startedAt !== this.#startedAt || limitMs !== this.#limitMs) {
      // The same clock started again (a re-join) has already warned.
      this.#warned = false;
      this.#timeUp = false;
    }
    this.#startedAt = startedAt;
    this.#limitMs = limitMs;
    this.#stoppedAt = null;
    clearInterval(this.#interval);
    this.#interval = setInterval(() => this.#tick(), 1000);
    this.#tick();
  }

  /** Freezes the clock at stoppedAt (epoch ms, default now). */
  stop(stoppedAt = Date.now()) {
    clearInterval(this.#interval);
    this.#interval = null;
    if (this.#startedAt != null) this.#stoppedAt = stoppedAt;
    this.render();
  }

  reset() {
    clearInterval(this.#interval);
    this.#interval = null;
    this.#startedAt = null;
    this.#limitMs = 0;
    this.#stoppedAt = null;
    this.render();
  }

  get startedAt() {
    return this.#startedAt;
  }

  get running() {
    return this.#interval != null;
  }

  render() {
    if (this.#startedAt == null) {
      this.#el.textContent = '';
      return;
    }
    const used = (this.#stoppedAt ?? Date.now()) - this.#startedAt;
    const parts = [t('timer.used', { time: formatClock(used) })];
    const left = this.#limitMs - used;
    if (this.#limitMs) parts.push(left > 0 ? t('timer.left', { time: formatClock(left) }) : t('timer.over'));
    this.#el.textContent = parts.join(' · ');
    this.#el.classList.toggle('timer-low', this.#limitMs > 0 && left < LOW_TIME_MS);
  }

  #tick() {
    this.render();
    if (!this.#limitMs || this.#startedAt == null) return;
    const left = this.#limitMs - (Date.now() - this.#startedAt);
    // A one-minute interview is all last minute: no warning at its start.
    if (!this.#warned && left <= LAST_MINUTE_MS && this.#limitMs > LAST_MINUTE_MS) {
      this.#warned = true;
      this.#onLastMinute();
    }
    if (!this.#timeUp && left <= TIME_UP_MARGIN_MS) {
      this.#timeUp = true;
      this.#onTimeUp();
    }
  }
}
