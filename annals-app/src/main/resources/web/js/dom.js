// DOM helpers. Everything from an article or the store enters the page as text: el() sets
// textContent and attributes, never innerHTML. The one exception is a search snippet, which the
// server escapes and marks up with <mark> only; snippet() re-parses it and keeps <mark> alone.

/**
 * Creates an element. attrs: class, text, title, href (only http(s), relative or #), dataset
 * (object), on* handlers (functions), any other attribute as a string; children: nodes or strings
 * (as text), null and false skipped, arrays flattened.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'href') node.setAttribute('href', safeHref(value));
    else if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** An href that cannot run script: http(s) URLs, in-page (#…) and relative API links; else "#". */
export function safeHref(value) {
  const s = String(value);
  if (/^https?:\/\//i.test(s) || s.startsWith('#') || s.startsWith('api/')) return s;
  return '#';
}

/** Removes every child of node. */
export function clear(node) {
  node.replaceChildren();
  return node;
}

/**
 * The search snippet as nodes: the server's escaped text with <mark> kept and every other
 * element reduced to its text. DOMParser builds an inert document: no script runs, no image loads.
 */
export function snippet(html) {
  const doc = new DOMParser().parseFromString(`<body>${html ?? ''}</body>`, 'text/html');
  const out = document.createDocumentFragment();
  copyMarks(doc.body, out);
  return out;
}

function copyMarks(from, to) {
  for (const child of from.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) to.append(document.createTextNode(child.data));
    else if (child.nodeType === Node.ELEMENT_NODE && child.tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = child.textContent;
      to.append(mark);
    } else if (child.nodeType === Node.ELEMENT_NODE) copyMarks(child, to);
  }
}

/** A stamp as given (ISO-8601), shortened to day and minute for display; '' for null. */
export function stamp(iso) {
  if (!iso) return '';
  const m = /^(\d{4}-\d\d-\d\d)(?:T(\d\d:\d\d))?/.exec(iso);
  return m ? (m[2] ? `${m[1]} ${m[2]}` : m[1]) : String(iso);
}

/** A small message block: kind is 'info' or 'error'. */
export function notice(text, kind = 'info') {
  return el('p', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : null, text });
}

/** A labelled form field. */
export function field(label, input) {
  return el('label', { class: 'field' }, el('span', { text: label }), input);
}

/** A select with options [[value, label]…] and the current value chosen. */
export function select(name, options, current) {
  return el(
    'select',
    { name },
    options.map(([value, label]) =>
      el('option', { value, text: label, selected: String(current ?? '') === value }),
    ),
  );
}
