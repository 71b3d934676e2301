/**
 * Turns HTML from Word or WPS into the structure a material may hold: paragraphs, the title and
 * 一、/（一） headings, lists, tables, quotes, line breaks, and bold, italic and underline. Styles,
 * fonts, colours, images, links, comments and Office markup are dropped; their text stays.
 */
const dropped = new Set([
  'SCRIPT',
  'STYLE',
  'META',
  'LINK',
  'TITLE',
  'HEAD',
  'IMG',
  'SVG',
  'OBJECT',
  'IFRAME',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'INPUT',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'NOSCRIPT',
]);
const blockTags = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'TD',
  'TH',
  'SECTION',
  'ARTICLE',
]);

const sectionNumber = /^\s*([一二三四五六七八九十]+)\s*、\s*/;
const subsectionNumber = /^\s*[（(]\s*[一二三四五六七八九十]+\s*[）)]\s*/;
const orderedMarker = /^\s*(?:\d+|[a-zA-Z]|[ivxIVX]+|[一二三四五六七八九十]+)\s*[.．、)）]/;

const cjk = '[\\u3000-\\u9fff\\uff00-\\uffef]';
const breakBetweenCjk = new RegExp(`(${cjk})\\s*\\n\\s*(?=${cjk})`, 'g');

/** Office wraps its HTML source anywhere: a break between Chinese characters is no space. */
const collapseSpace = (text: string): string =>
  text.replace(breakBetweenCjk, '$1').replace(/\s+/g, ' ');

/** Drops the spaces an office indents paragraphs with (the layout indents them itself). */
function trimBlock(block: HTMLElement): void {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const texts: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node);
  const first = texts[0];
  const last = texts.at(-1);
  if (first) first.textContent = (first.textContent ?? '').replace(/^\s+/, '');
  if (last) last.textContent = (last.textContent ?? '').replace(/\s+$/, '');
}

function inlineFormats(element: HTMLElement): {
  bold: boolean;
  italic: boolean;
  underline: boolean;
} {
  const style = element.getAttribute('style') ?? '';
  const tag = element.tagName;
  return {
    bold: tag === 'B' || tag === 'STRONG' || /font-weight\s*:\s*(bold|[6-9]00)/i.test(style),
    italic: tag === 'I' || tag === 'EM' || /font-style\s*:\s*italic/i.test(style),
    underline: tag === 'U' || /text-decoration[^;]*underline/i.test(style),
  };
}

function wordListLevel(element: Element): boolean {
  const style = element.getAttribute('style') ?? '';
  return (
    /mso-list\s*:\s*l\d/i.test(style) ||
    /MsoListParagraph/i.test(element.getAttribute('class') ?? '')
  );
}

/** Copies the inline content of `from` into `to`, keeping only bold, italic and underline. */
function copyInline(from: Node, to: Node, doc: Document): void {
  for (const child of Array.from(from.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      to.appendChild(doc.createTextNode(collapseSpace(child.textContent ?? '')));
      continue;
    }
    if (
      !(child instanceof HTMLElement) ||
      dropped.has(child.tagName) ||
      child.tagName.includes(':')
    )
      continue;
    if (/mso-list\s*:\s*ignore/i.test(child.getAttribute('style') ?? '')) continue;
    if (child.tagName === 'BR') {
      to.appendChild(doc.createElement('br'));
      continue;
    }
    let target: Node = to;
    const formats = inlineFormats(child);
    for (const [on, tag] of [
      [formats.bold, 'b'],
      [formats.italic, 'i'],
      [formats.underline, 'u'],
    ] as const) {
      if (!on) continue;
      const wrapper = doc.createElement(tag);
      target.appendChild(wrapper);
      target = wrapper;
    }
    copyInline(child, target, doc);
  }
}

/** A block with the leading text pattern removed from its first text. */
function stripLeading(block: HTMLElement, pattern: RegExp): void {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const first = walker.nextNode();
  if (first) first.textContent = (first.textContent ?? '').replace(pattern, '');
}

function blockFor(element: HTMLElement, doc: Document): HTMLElement {
  const tag = element.tagName;
  const text = (element.textContent ?? '').trim();
  let out: HTMLElement;
  if (tag === 'H1') out = doc.createElement('h1');
  else if (
    tag === 'H2' ||
    (sectionNumber.test(text) && text.length <= 40 && !/[。；]$/.test(text))
  ) {
    out = doc.createElement('h2');
  } else if (
    /^H[3-6]$/.test(tag) ||
    (subsectionNumber.test(text) && text.length <= 40 && !/[。；]$/.test(text))
  ) {
    out = doc.createElement('h3');
  } else if (tag === 'BLOCKQUOTE') out = doc.createElement('blockquote');
  else out = doc.createElement('p');
  copyInline(element, out, doc);
  trimBlock(out);
  if (out.tagName === 'H2') stripLeading(out, sectionNumber);
  if (out.tagName === 'H3') stripLeading(out, subsectionNumber);
  return out;
}

function tableFor(table: HTMLTableElement, doc: Document): HTMLElement {
  const out = doc.createElement('table');
  const body = doc.createElement('tbody');
  out.appendChild(body);
  for (const row of Array.from(table.rows)) {
    const tr = doc.createElement('tr');
    for (const cell of Array.from(row.cells)) {
      const td = doc.createElement(cell.tagName === 'TH' ? 'th' : 'td');
      const blocks = Array.from(cell.children).filter((child) => blockTags.has(child.tagName));
      if (blocks.length === 0) {
        const p = doc.createElement('p');
        copyInline(cell, p, doc);
        td.appendChild(p);
      } else for (const block of blocks) td.appendChild(blockFor(block as HTMLElement, doc));
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }
  return out;
}

/** Appends the cleaned blocks of `from` to `to`, grouping Word's list paragraphs into lists. */
function copyBlocks(from: Element, to: HTMLElement, doc: Document): void {
  let list: HTMLElement | null = null;
  let loose: HTMLElement | null = null;
  for (const child of Array.from(from.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      if ((child.textContent ?? '').trim() === '') continue;
      loose ??= to.appendChild(doc.createElement('p'));
      loose.appendChild(doc.createTextNode(child.textContent ?? ''));
      continue;
    }
    if (
      !(child instanceof HTMLElement) ||
      dropped.has(child.tagName) ||
      child.tagName.includes(':')
    )
      continue;
    loose = null;
    if (wordListLevel(child)) {
      const ordered = orderedMarker.test(child.textContent ?? '');
      const tag = ordered ? 'OL' : 'UL';
      if (!list || list.tagName !== tag) list = to.appendChild(doc.createElement(tag));
      const li = doc.createElement('li');
      copyInline(child, li, doc);
      list.appendChild(li);
      continue;
    }
    list = null;
    if (child.tagName === 'TABLE') to.appendChild(tableFor(child as HTMLTableElement, doc));
    else if (child.tagName === 'OL' || child.tagName === 'UL') {
      const out = to.appendChild(doc.createElement(child.tagName));
      for (const item of Array.from(child.children)) {
        const li = doc.createElement('li');
        copyInline(item, li, doc);
        out.appendChild(li);
      }
    } else if (child.tagName === 'BR') continue;
    else if (
      blockTags.has(child.tagName) &&
      Array.from(child.children).some(
        (c) =>
          blockTags.has(c.tagName) ||
          c.tagName === 'TABLE' ||
          c.tagName === 'OL' ||
          c.tagName === 'UL',
      )
    ) {
      copyBlocks(child, to, doc);
    } else if (blockTags.has(child.tagName)) to.appendChild(blockFor(child, doc));
    else {
      loose ??= to.appendChild(doc.createElement('p'));
      copyInline(child, loose, doc);
    }
  }
}

/** The cleaned document, ready for Lexical's `$generateNodesFromDOM`. */
export function cleanPastedHtml(html: string, parser: DOMParser): Document {
  const source = parser.parseFromString(html, 'text/html');
  const clean = parser.parseFromString('<!doctype html><body></body>', 'text/html');
  copyBlocks(source.body, clean.body, clean);
  return clean;
}
