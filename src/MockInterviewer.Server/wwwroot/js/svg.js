// Building inline SVG with DOM APIs (text always as text nodes).

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  el.append(...children);
  return el;
}

export function svgText(tag, attrs, text) {
  const el = svg(tag, attrs);
  el.textContent = text;
  return el;
}
