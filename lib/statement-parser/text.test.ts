import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, normaliseText, splitSentences } from './text';

describe('normaliseText', () => {
  it('joins thousands separated by commas, spaces or dots, but not dates or decimals', () => {
    expect(normaliseText('1,234 drones and 1 234 missiles and 12.500 bombs')).toBe('1234 drones and 1234 missiles and 12500 bombs');
    expect(normaliseText('on 26.04.2025 at 18:00')).toBe('on 26.04.2025 at 18:00');
    expect(normaliseText('3, 114 and 2.5')).toBe('3, 114 and 2.5');
  });

  it('gives one spelling to dashes, quotes and spaces', () => {
    expect(normaliseText('Kh\u2011101 \u201clost\u201d\u00a0\u2014 Shahed\u2019s')).toBe('Kh-101 "lost" - Shahed\'s');
  });

  it('reads HTML entities for spaces, quotes and dashes', () => {
    expect(normaliseText('54&nbsp;дрони &laquo;Шахед&raquo; &mdash; &quot;lost&quot; &amp; Russia&#39;s')).toBe('54 дрони "Шахед" - "lost" & Russia\'s');
  });

  it('reads emoji as spaces', () => {
    expect(normaliseText('⚡️У ніч на 9 вересня 🔴 84 БпЛА')).toBe(' У ніч на 9 вересня   84 БпЛА');
  });

  it('drops Markdown bold and underline marks', () => {
    expect(normaliseText('У ніч на **21** вересня ворог атакував __54__ дронами; * 12 drones')).toBe('У ніч на 21 вересня ворог атакував 54 дронами; * 12 drones');
  });

  it('reads no more than the longest text allowed', () => {
    expect(normaliseText('x'.repeat(MAX_TEXT_LENGTH + 50))).toHaveLength(MAX_TEXT_LENGTH);
  });
});

describe('splitSentences', () => {
  const texts = (text: string) => splitSentences(text).map((s) => s.text);

  it('splits at full stops before a new sentence, not after abbreviations', () => {
    expect(texts('Russia launched 98 drones on Nov. 5, the Air Force said. Two people were injured.')).toEqual([
      'Russia launched 98 drones on Nov. 5, the Air Force said.',
      'Two people were injured.',
    ]);
    expect(texts('It fired an Iskander-M. Air defence shot it down.')).toHaveLength(2);
    expect(texts('At 9 a.m. Kyiv time the alert ended.')).toHaveLength(1);
    // A full stop typed without its space, after a word, a closing bracket or a quote.
    expect(texts('25 – локаційно втрачені (упали самостійно).Два безпілотники полетіли в напрямку Росії.')).toHaveLength(2);
    expect(texts('25 were lost (they crashed on their own).Two drones flew towards Russia.')).toHaveLength(2);
    expect(texts('Сили ППО збили «Шахеди».Ще два полетіли до Білорусі.')).toHaveLength(2);
  });

  it('keeps a list under the line that introduces it', () => {
    const text = 'The enemy attacked with 105 means:\n- 8 Kh-101 cruise missiles;\n- 97 drones.\nAs of 09:00, 7 were shot down.';
    expect(texts(text)).toEqual(['The enemy attacked with 105 means:; 8 Kh-101 cruise missiles;; 97 drones.', 'As of 09:00, 7 were shot down.']);
  });

  it('splits lines that are sentences of their own', () => {
    expect(texts('On the night of 7 May, 40 drones.\n\nHits were recorded.')).toHaveLength(2);
  });
});
