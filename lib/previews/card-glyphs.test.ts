// The preview images draw with a font cut down to assets/fonts/unicodes.txt. A character outside it
// would make next/og fetch a fallback font over the network (which it cannot here): every card, in every
// language, must stay within the subset.
import fs from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { figureFormat } from '@/lib/format';
import enCommon from '@/messages/en/common.json';
import enOg from '@/messages/en/og.json';
import ukCommon from '@/messages/uk/common.json';
import ukOg from '@/messages/uk/og.json';
import { outcomeOfFigures } from '@/lib/series';
import { previewCard } from './card';

const ranges = fs
  .readFileSync(path.join(process.cwd(), 'assets', 'fonts', 'unicodes.txt'), 'utf8')
  .trim()
  .split(',')
  .map((range) => range.replace('U+', '').split('-').map((hex) => parseInt(hex.replace('U+', ''), 16)))
  .map(([start, end]) => [start!, end ?? start!] as const);
const covered = (char: string) => ranges.some(([start, end]) => (char.codePointAt(0) ?? 0) >= start && (char.codePointAt(0) ?? 0) <= end);

// The same keys in both languages (i18n/catalogues.test.ts): typed from the English catalogue.
const CATALOGUES: { locale: 'en' | 'uk'; og: typeof enOg; common: typeof enCommon }[] = [
  { locale: 'en', og: enOg, common: enCommon },
  { locale: 'uk', og: ukOg, common: ukCommon },
];

describe('the preview font', () => {
  for (const { locale, og, common } of CATALOGUES) {
    it(`has every character a ${locale} card can show`, () => {
      const t = createTranslator({ locale, messages: { og }, namespace: 'og' });
      const format = figureFormat(locale, common.notAvailable);
      const figures = (launched: number | null) => [{ date: '2025-09-17', launched, shotDown: launched === null ? null : launched - 3, lost: 1 }];
      const texts: string[] = [];
      for (const [launched, nights] of [[1234567, 1], [null, 22], [0, 5], [99, 0]] as const) {
        for (const target of ['UA', 'RU'] as const) {
          for (const title of [t('nightTitle', { date: format.date('2025-09-17', 'long') }), t('rangeTitle', { from: format.date('2025-01-01', 'long'), to: format.date('2025-12-31', 'long') })]) {
            const card = previewCard({
              drone: outcomeOfFigures(figures(launched)),
              missile: outcomeOfFigures(figures(null)),
              all: outcomeOfFigures(figures(launched)),
              nights,
              format,
              text: {
                site: common.siteName,
                target: t(`target.${target}`),
                title,
                labels: { drones: t('drones'), missiles: t('missiles'), neutralisationRate: t('neutralisationRate') },
                shotDown: (count) => t('shotDown', { count }),
                nights: (count) => t('nights', { count }),
                description: (values) => t('description', values),
              },
            });
            texts.push(card.site, card.target, card.title, ...card.stats.flatMap((s) => [s.label, s.value]), ...card.footer);
          }
        }
      }
      const missing = [...new Set([...texts.join('')].filter((char) => !covered(char)))];
      expect(missing.map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()} ${char}`)).toEqual([]);
      expect(texts.join('')).toMatch(/[а-яіїєґ]|[a-z]/i);
    });
  }
});
