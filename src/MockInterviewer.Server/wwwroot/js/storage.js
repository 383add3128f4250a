// What survives a reload: the session to resume, the answer being written and the chosen language.
// localStorage can be unavailable (private modes, blocked storage); the page then simply forgets.

const SESSION_KEY = 'mockInterviewer.session';
const LANGUAGE_KEY = 'mockInterviewer.language';
const DRAFT_KEY_PREFIX = 'mockInterviewer.draft.';
const GUEST_SESSIONS_KEY = 'mockInterviewer.guestSessions';
/** A guest who never signs in should not fill the storage: the newest ones are kept. */
const MAX_GUEST_SESSIONS = 20;

function read(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key, value) {
  try {
    if (value == null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Nothing to do: the page works without persistence.
  }
}

/** The stored { sessionId, resumeToken }, or null. */
export function loadSession() {
  try {
    const saved = JSON.parse(read(SESSION_KEY));
    return saved?.sessionId && saved?.resumeToken ? { sessionId: saved.sessionId, resumeToken: saved.resumeToken } : null;
  } catch {
    return null;
  }
}

export function saveSession({ sessionId, resumeToken }) {
  write(SESSION_KEY, JSON.stringify({ sessionId, resumeToken }));
}

export function clearSession() {
  write(SESSION_KEY, null);
}

/** The sessions started as a guest, [{ sessionId, resumeToken }]: claimed by the account on sign-in. */
export function loadGuestSessions() {
  try {
    const saved = JSON.parse(read(GUEST_SESSIONS_KEY));
    return Array.isArray(saved) ? saved.filter((s) => s?.sessionId && s?.resumeToken) : [];
  } catch {
    return [];
  }
}

export function addGuestSession({ sessionId, resumeToken }) {
  const kept = loadGuestSessions().filter((s) => s.sessionId !== sessionId).slice(-(MAX_GUEST_SESSIONS - 1));
  saveGuestSessions([...kept, { sessionId, resumeToken }]);
}

export function saveGuestSessions(sessions) {
  write(GUEST_SESSIONS_KEY, sessions.length ? JSON.stringify(sessions) : null);
}

export function loadLanguage() {
  return read(LANGUAGE_KEY);
}

export function saveLanguage(lang) {
  write(LANGUAGE_KEY, lang);
}

/** The answer being written in a session, as typed: { text, clientId } (clientId once a send was tried), or null. */
export function loadDraft(sessionId) {
  if (!sessionId) return null;
  try {
    const saved = JSON.parse(read(DRAFT_KEY_PREFIX + sessionId));
    return typeof saved?.text === 'string' ? { text: saved.text, clientId: saved.clientId ?? null } : null;
  } catch {
    return null;
  }
}

export function saveDraft(sessionId, draft) {
  if (!sessionId) return;
  write(DRAFT_KEY_PREFIX + sessionId, draft?.text ? JSON.stringify({ text: draft.text, clientId: draft.clientId ?? null }) : null);
}

/** Forgets every stored draft (a new interview leaves nothing of the old one behind). */
export function clearDrafts() {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(DRAFT_KEY_PREFIX)) localStorage.removeItem(key);
  } catch {
    // Storage unavailable: there is nothing to forget.
  }
}
