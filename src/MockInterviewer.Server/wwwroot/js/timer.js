// The session clock: time used, and time left when there is a limit.

import { t } from './i18n.js';

const LOW_TIME_MS = 5 * 60 * 1000;

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

  constructor(el) {
    this.#el = el;
  }

  /** startedAt: epoch ms; limitMinutes: 0 or absent for no limit. */
  start(startedAt, limitMinutes) {
    this.#startedAt = startedAt;
    this.#limitMs = Math.max(0, Number(limitMinutes) || 0) * 60 * 1000;
    this.#stoppedAt = null;
    clearInterval(this.#interval);
    this.#interval = setInterval(() => this.render(), 1000);
    this.render();
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
    this.#stoppedAt = null;
    this.render();
  }

  get startedAt() {
    return this.#startedAt;
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
}
