// The HTTP endpoints the page reads (contract section 3 and the /api/tracks extension).

async function failure(response) {
  let problem = null;
  try {
    problem = await response.json();
  } catch {
    // Not a problem+json body; the status is all we know.
  }
  const error = new Error(problem?.title || `HTTP ${response.status}`);
  error.status = response.status;
  error.code = typeof problem?.code === 'string' ? problem.code : null;
  return error;
}

/** [{ id, title, questionCount, categories: [{ id, title }] }] in lang. */
export async function fetchTracks(lang) {
  const response = await fetch(`/api/tracks?lang=${encodeURIComponent(lang)}`, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw await failure(response);
  return response.json();
}

/** The Report of a session, proven by its resume token. */
export async function fetchReport(sessionId, resumeToken) {
  const response = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/report`, {
    headers: { Accept: 'application/json', 'X-Resume-Token': resumeToken },
  });
  if (!response.ok) throw await failure(response);
  return response.json();
}

/** { maxAnswerChars }: what the server accepts, so the answer box can say so before anything is sent. */
export async function fetchLimits() {
  const response = await fetch('/api/limits', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw await failure(response);
  return response.json();
}
