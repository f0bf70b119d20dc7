// What "no English on a Ukrainian page" checks: the literal words of every English catalogue message
// that the Ukrainian catalogue does not share (placeholders and tags left out), and everything a page
// shows a reader or a screen reader (text, labels, titles, chart titles and descriptions).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

function leaves(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  return tree && typeof tree === 'object' ? Object.values(tree).flatMap(leaves) : [];
}

/** A message's literal parts of six characters or more with a word in them: what a reader could spot. */
function literalParts(message: string): string[] {
  let depth = 0;
  let text = '';
  for (const char of message) {
    if (char === '{') depth += 1;
    else if (char === '}') depth -= 1;
    else if (depth === 0) text += char;
  }
  return text
    .replace(/<\/?[a-z]+>/g, '|')
    .split(/[|(),.:;·–]/)
    .map((part) => part.trim())
    .filter((part) => part.length >= 6 && /[a-z]{3}/.test(part));
}

const catalogue = (locale: string, namespace: string) =>
  JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', locale, `${namespace}.json`), 'utf8')) as unknown;

/**
 * The English parts of these namespaces that a Ukrainian page must not show. Parts the Ukrainian
 * catalogue holds too are not English words but names and code ("Air Tally", "?target=RU").
 */
export function englishInterfaceParts(namespaces: readonly string[]): string[] {
  const ukrainian = namespaces.flatMap((ns) => leaves(catalogue('uk', ns)));
  const shared = new Set(ukrainian);
  const parts = namespaces.flatMap((ns) => leaves(catalogue('en', ns))).filter((m) => !shared.has(m)).flatMap(literalParts);
  return [...new Set(parts)].filter((part) => !ukrainian.some((message) => message.includes(part)));
}

/**
 * Everything the page shows, as one text: its words and its accessible names and descriptions. `stored`
 * names the parts that hold stored text (statements, notes, weapon names as entered): data, not interface.
 */
export function shownText(page: Page, stored: readonly string[] = []): Promise<string> {
  return page.evaluate((storedSelectors) => {
    const hidden = storedSelectors.length ? [...document.querySelectorAll<HTMLElement>(storedSelectors.join(', '))] : [];
    const displays = hidden.map((element) => element.style.display);
    for (const element of hidden) element.style.display = 'none';
    const text = [
      document.body.innerText,
      document.title,
      ...[...document.querySelectorAll('[aria-label], [title], [abbr], [data-label], [placeholder]')].flatMap((e) =>
        ['aria-label', 'title', 'abbr', 'data-label', 'placeholder'].map((a) => e.getAttribute(a) ?? ''),
      ),
      ...[...document.querySelectorAll('svg title, svg desc')].map((e) => e.textContent ?? ''),
    ].join('\n');
    hidden.forEach((element, i) => (element.style.display = displays[i] ?? ''));
    return text;
  }, stored);
}
