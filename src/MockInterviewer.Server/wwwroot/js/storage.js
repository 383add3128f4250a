// What survives a reload: the session to resume and the chosen language.
// localStorage can be unavailable (private modes, blocked storage); the page then simply forgets.

const SESSION_KEY = 'mockInterviewer.session';
const LANGUAGE_KEY = 'mockInterviewer.language';

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

export function loadLanguage() {
  return read(LANGUAGE_KEY);
}

export function saveLanguage(lang) {
  write(LANGUAGE_KEY, lang);
}
