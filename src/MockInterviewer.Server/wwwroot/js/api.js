// The HTTP endpoints the page reads (contract section 3 and the /api/tracks extension).

export async function failure(response) {
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

/** The Report of a session, proven by its resume token (the signed-in owner needs none). */
export async function fetchReport(sessionId, resumeToken) {
  const headers = { Accept: 'application/json' };
  if (resumeToken) headers['X-Resume-Token'] = resumeToken;
  const response = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/report`, { headers });
  if (!response.ok) throw await failure(response);
  return response.json();
}

/** [{ id, track, text, ... }]: the bank's questions in lang, to name the question of a reference point. */
export async function fetchQuestions(lang) {
  const response = await fetch(`/api/questions?lang=${encodeURIComponent(lang)}`, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw await failure(response);
  return response.json();
}

/** { questions: [{ id, text, why }], drafted: [{ text, why }] }: the bank's questions ranked by fit with a job posting. */
export async function planPosting(text, language) {
  const response = await fetch('/api/job-postings/plan', {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ text, language }),
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
