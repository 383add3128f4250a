// The account endpoints (contract section 7): Identity's API under /api/account, signed in with the cookie,
// and the signed-in candidate's own data under /api/me.

import { failure } from './api.js';

const JSON_HEADERS = { Accept: 'application/json', 'Content-Type': 'application/json' };

async function call(url, { method = 'GET', body } = {}) {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? { Accept: 'application/json' } : JSON_HEADERS,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  if (!response.ok) throw await accountFailure(response);
  const type = response.headers.get('Content-Type') ?? '';
  return response.status === 204 || !type.includes('json') ? null : response.json();
}

/**
 * Identity answers with problem details: a failed login says why in `detail` (Failed, LockedOut, NotAllowed), a
 * refused registration lists Identity's error codes as the keys of `errors`. The error carries them as `reasons`.
 */
async function accountFailure(response) {
  let problem = null;
  try {
    problem = await response.clone().json();
  } catch {
    // No body to read.
  }
  const error = await failure(response);
  const reasons = [];
  if (problem?.errors && typeof problem.errors === 'object') reasons.push(...Object.keys(problem.errors));
  if (typeof problem?.detail === 'string') reasons.push(problem.detail);
  error.reasons = reasons;
  return error;
}

/** { email } of the signed-in candidate, or null for a guest. */
export async function whoAmI() {
  try {
    return await call('/api/account/manage/info');
  } catch (error) {
    if (error.status === 401) return null;
    throw error;
  }
}

export const register = (email, password) => call('/api/account/register', { method: 'POST', body: { email, password } });
export const signIn = (email, password) => call('/api/account/login?useCookies=true', { method: 'POST', body: { email, password } });
export const signOut = () => call('/api/account/logout', { method: 'POST', body: {} });
export const deleteMyData = () => call('/api/me', { method: 'DELETE' });
export const claimSession = (sessionId, resumeToken) => call('/api/me/sessions/claim', { method: 'POST', body: { sessionId, resumeToken } });
/** [{ sessionId, mode, track, language, startedAt, completedAt, overallScore }], newest first. */
export const mySessions = () => call('/api/me/sessions');
/** { scores: [{ sessionId, track, at, score, categories }], points: [{ questionId, pointId, text, attempts, lastStatus, mastery, dueAt }] }. */
export const myProgress = (lang) => call(`/api/me/progress?lang=${encodeURIComponent(lang)}`);
