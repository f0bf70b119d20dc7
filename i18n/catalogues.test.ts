// The Ukrainian interface is whole: every message the English catalogue has, the Ukrainian one has too
// (and no stray keys), with the same {placeholders} and <tags>, in every namespace file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/locales';
import { NAMESPACES } from './messages';

const MESSAGES = path.join(process.cwd(), 'messages');

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(name, value);
    else for (const [leaf, text] of leaves(value, name)) out.set(leaf, text);
  }
  return out;
}

const read = (locale: string, namespace: string): Tree =>
  JSON.parse(fs.readFileSync(path.join(MESSAGES, locale, `${namespace}.json`), 'utf8')) as Tree;

/** The ICU arguments and rich-text tags a message uses, which every translation must use too. */
function slots(message: string): string[] {
  const args = [...message.matchAll(/\{\s*([A-Za-z0-9_]+)/g)].map((m) => `{${m[1]}}`);
  const tags = [...message.matchAll(/<\/?([A-Za-z0-9_]+)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...args, ...tags])].sort();
}

describe('message catalogues', () => {
  it('list exactly the namespace files on disk, for every language', () => {
    for (const locale of LOCALES) {
      const files = fs.readdirSync(path.join(MESSAGES, locale)).filter((f) => f.endsWith('.json'));
      expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...NAMESPACES].sort());
    }
  });

  for (const namespace of NAMESPACES) {
    it(`"${namespace}": Ukrainian has every English key, no others, with the same placeholders, none empty`, () => {
      const english = leaves(read('en', namespace));
      const ukrainian = leaves(read('uk', namespace));
      expect([...ukrainian.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of english) {
        const translated = ukrainian.get(key) ?? '';
        expect(translated.trim(), `uk ${namespace}.${key} is empty`).not.toBe('');
        expect(slots(translated), `uk ${namespace}.${key}`).toEqual(slots(text));
      }
    });
  }
});
