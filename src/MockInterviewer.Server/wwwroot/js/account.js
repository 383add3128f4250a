// The account card: sign in or register (with the cookie), and once signed in, sign out or delete everything.
// On sign-in the page claims the guest sessions it holds, so they join the account's history.

import { t } from './i18n.js';
import * as storage from './storage.js';
import { claimSession, deleteMyData, register, signIn, signOut, whoAmI } from './account-api.js';

/** Identity's reasons the page words itself; any other falls back to a general line. */
const KNOWN_REASONS = [
  'Failed', 'LockedOut', 'NotAllowed', 'DuplicateUserName', 'DuplicateEmail', 'InvalidEmail', 'InvalidUserName',
  'PasswordTooShort', 'PasswordRequiresDigit', 'PasswordRequiresLower', 'PasswordRequiresUpper',
  'PasswordRequiresNonAlphanumeric', 'PasswordRequiresUniqueChars',
];

/** The candidate's line for a refused sign-in or registration. */
export function accountError(error, action) {
  const reasons = (error?.reasons ?? []).filter((reason) => KNOWN_REASONS.includes(reason));
  if (reasons.length) return reasons.map((reason) => t(`account.error.${reason}`)).join(' ');
  if (error?.status === 401) return t('account.error.Failed');
  return t(`account.error.${action}`);
}

export class AccountPanel {
  #ui;
  #onChange;
  #email = null;

  /** onChange(email or null) runs after the candidate signed in, signed out or deleted the account. */
  constructor(root, { onChange }) {
    const $ = (selector) => root.querySelector(selector);
    this.#ui = {
      form: $('#sign-in-form'),
      email: $('#account-email'),
      password: $('#account-password'),
      error: $('#account-error'),
      signedIn: $('#signed-in'),
      who: $('#signed-in-as'),
      signOut: $('#sign-out'),
      remove: $('#delete-account'),
      confirm: document.getElementById('confirm-delete'),
    };
    this.#onChange = onChange;
    this.#ui.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#submit(event.submitter?.value === 'register' ? 'register' : 'signIn');
    });
    this.#ui.signOut.addEventListener('click', () => this.#leave(signOut));
    this.#ui.remove.addEventListener('click', () => {
      this.#ui.confirm.returnValue = '';
      this.#ui.confirm.showModal();
    });
    this.#ui.confirm.addEventListener('close', () => {
      if (this.#ui.confirm.returnValue === 'accept') this.#leave(deleteMyData);
    });
  }

  get email() {
    return this.#email;
  }

  /** Asks the server who is signed in (the cookie outlives the page). */
  async load() {
    try {
      this.#email = (await whoAmI())?.email ?? null;
    } catch {
      this.#email = null;
    }
    this.render();
  }

  render() {
    const signedIn = Boolean(this.#email);
    this.#ui.form.hidden = signedIn;
    this.#ui.signedIn.hidden = !signedIn;
    this.#ui.who.textContent = signedIn ? t('account.signedInAs', { email: this.#email }) : '';
  }

  async #submit(action) {
    const email = this.#ui.email.value.trim();
    const password = this.#ui.password.value;
    if (!this.#ui.form.reportValidity()) return;
    this.#showError('');
    this.#setBusy(true);
    try {
      if (action === 'register') await register(email, password);
      await signIn(email, password);
    } catch (error) {
      this.#showError(accountError(error, action));
      return;
    } finally {
      this.#setBusy(false);
    }
    this.#ui.password.value = '';
    this.#email = email;
    await claimGuestSessions();
    this.render();
    await this.#onChange(this.#email);
  }

  async #leave(call) {
    this.#showError('');
    try {
      await call();
    } catch (error) {
      if (error.status !== 401) {
        this.#showError(t('account.error.leave'));
        return;
      }
    }
    this.#email = null;
    this.render();
    await this.#onChange(null);
  }

  #setBusy(busy) {
    for (const button of this.#ui.form.querySelectorAll('button')) button.disabled = busy;
  }

  #showError(message) {
    this.#ui.error.textContent = message;
    this.#ui.error.hidden = !message;
  }
}

/** Moves every guest session this browser holds to the account; one the server does not know is forgotten too. */
async function claimGuestSessions() {
  const left = [];
  for (const session of storage.loadGuestSessions()) {
    try {
      await claimSession(session.sessionId, session.resumeToken);
    } catch (error) {
      if (error.status !== 404) left.push(session); // Kept to try again at the next sign-in.
    }
  }
  storage.saveGuestSessions(left);
}
