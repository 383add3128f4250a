// What the server refuses or reports, in the page's language. The server sends a stable code with every
// refusal: a HubException's message is "code: English sentence", a SessionError event and an HTTP problem carry
// `code`. A code the page knows gets its own text; any other keeps the server's words.

import { has, t } from './i18n.js';
import { hubExceptionMessage } from './connection.js';

const CODED = /^([a-z0-9]+(?:-[a-z0-9]+)*): ([\s\S]+)$/;

/** { code, text } of a failed hub call; code is null for an uncoded message, text null when the server said nothing. */
export function hubRefusal(error) {
  const message = hubExceptionMessage(error);
  if (message == null) return { code: null, text: null };
  const coded = CODED.exec(message);
  return coded ? { code: coded[1], text: coded[2].trim() } : { code: null, text: message };
}

/** The candidate's text for a server code, or the server's own words when the page has none for it. */
export function describe(code, serverText, vars = {}) {
  const key = `error.${code}`;
  if (code && has(key)) return t(key, vars);
  return serverText || t('error.generic');
}

/** The localised text of a failed hub call. */
export function describeHubError(error, vars = {}) {
  const { code, text } = hubRefusal(error);
  return describe(code, text, vars);
}
