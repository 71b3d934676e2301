import { demoUsers } from '../../main/core/demo/demoCounty.ts';

/**
 * What may stand in the Chinese UI's visible text although it is Latin script: each entry names
 * why. Anything else English, an ISO date, a `word.word` code or a Q1–Q4 is a finding.
 */
const allowedPatterns: readonly {
  readonly pattern: RegExp;
  readonly why: string;
  /** Lets only the hits that also pass this stand. */
  readonly only?: (hit: string) => boolean;
}[] = [
  { pattern: /https?:\/\/[^\s，。；、）]+/g, why: 'a link as registered' },
  {
    pattern:
      /[\w\u4e00-\u9fff（）()〔〕·-]*\.(?:docx|pwpkg|ics|csv|pdf|zip|png|jpe?g|webm|wav|txt)\b/gi,
    why: 'a file name or extension',
  },
  { pattern: /\bGB\/T\s?\d+/g, why: 'a national standard (GB/T 9704-2012)' },
  {
    pattern: /\b[0-9A-F]{4}(?:[\s-][0-9A-F]{4})+\b/g,
    why: 'a 校验码 or key fingerprint in groups of four',
    only: (hit) => /[A-F]/.test(hit),
  },
  { pattern: /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b/g, why: 'a hash or its 校验码' },
  {
    pattern: /\b(?:Ctrl|Alt|Shift|Enter|Esc|Tab|Home|End|PageUp|PageDown|F[1-9]|F1[0-2])\b/g,
    why: 'a key, named as printed on it',
  },
  { pattern: /\b\d+(?:\.\d+)?\s?(?:KB|MB|GB)\b/g, why: 'a file size' },
  { pattern: /\b(?:Word|CSV)\b/g, why: 'a file format the office knows by this name' },
  { pattern: /^English$/gm, why: 'the language switch, named in the language it switches to' },
];

const usernames = ['admin', ...demoUsers.map((user) => user.username)]
  // Longest first, so jiaoyu.fzr is taken whole before any shorter name inside it.
  .sort((a, b) => b.length - a.length);

const problemPatterns: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  { pattern: /\d{4}-\d{2}-\d{2}/g, what: 'ISO date' },
  { pattern: /T\d{2}:\d{2}/g, what: 'ISO time' },
  { pattern: /\b[a-z]+(?:\.[a-zA-Z]+)+\b/g, what: 'code' },
  { pattern: /Q[1-4]/g, what: 'quarter code' },
  { pattern: /[A-Za-z]{2,}/g, what: 'English' },
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Blanks what the allow-list lets stand, keeping the text's length so snippets stay in place. */
function withoutAllowed(text: string): string {
  let rest = text;
  for (const username of usernames) {
    rest = rest.replace(new RegExp(`(?<![\\w.])${escape(username)}(?![\\w.])`, 'g'), (hit) =>
      ' '.repeat(hit.length),
    );
  }
  for (const { pattern, only } of allowedPatterns) {
    rest = rest.replace(pattern, (hit) => (only && !only(hit) ? hit : ' '.repeat(hit.length)));
  }
  return rest;
}

/** Each problem in `text`: what it is and the words around it, once per distinct snippet. */
export function visibleTextProblems(text: string): string[] {
  const rest = withoutAllowed(text);
  const found = new Set<string>();
  for (const { pattern, what } of problemPatterns) {
    for (const match of rest.matchAll(pattern)) {
      const start = Math.max(0, match.index - 20);
      const end = Math.min(text.length, match.index + match[0].length + 20);
      const snippet = text.slice(start, end).replace(/\s+/g, ' ').trim();
      found.add(`${what} «${match[0]}» in “${snippet}”`);
    }
  }
  return [...found];
}
