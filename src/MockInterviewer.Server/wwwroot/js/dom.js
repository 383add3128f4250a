// A tiny element builder. Text always goes in as text nodes (never parsed as HTML).

/**
 * h('p', { class: 'x', text: 'hello', dataset: { role: 'a' }, onclick: fn }, child, 'text', ...)
 * Attributes that are null, undefined or false are left out; true sets an empty attribute.
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (name === 'class') el.className = value;
    else if (name === 'text') el.textContent = value;
    else if (name === 'dataset') Object.assign(el.dataset, value);
    else if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...children.flat().filter((child) => child != null && child !== false));
  return el;
}

/** 'high' (80+), 'mid' (50+) or 'low': the colour band of a 0–100 score. */
export function scoreBand(score) {
  if (score >= 80) return 'high';
  if (score >= 50) return 'mid';
  return 'low';
}
