import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { messageTemplate } from './message-template';

// The translator the pages use (use-intl's ICU formatting), with a one-message catalogue.
const icu = (message: string, locale: 'en' | 'uk' = 'en') => (values: Record<string, string>) => createTranslator({ locale, messages: { m: message } })('m', values);

describe('messageTemplate', () => {
  it('gives the same text as formatting the message each time', () => {
    const message = '{date}: {launched} launched, with missiles';
    const fill = messageTemplate(icu(message), ['date', 'launched']);
    for (const values of [
      { date: '1 Jan', launched: '534' },
      { date: '31 Dec', launched: '1,234' },
      { date: '', launched: 'n/a' },
    ]) {
      expect(fill(values)).toBe(icu(message)(values));
    }
  });

  it('keeps the order the language puts the arguments in, and arguments used twice or not at all', () => {
    expect(messageTemplate(icu('{date}: запущено {launched}', 'uk'), ['date', 'launched'])({ date: '1 січ.', launched: '5' })).toBe('1 січ.: запущено 5');
    expect(messageTemplate(icu('{launched} ({launched}) on {date}'), ['date', 'launched'])({ date: 'd', launched: 'L' })).toBe('L (L) on d');
    expect(messageTemplate(icu('{date}: launches not given'), ['date', 'launched'])({ date: '2 Jan', launched: 'unused' })).toBe('2 Jan: launches not given');
  });

  it('fills in values that contain quotes, braces or dollar signs as they are', () => {
    const fill = messageTemplate(icu('{date}: {launched}'), ['date', 'launched']);
    expect(fill({ date: "it's {x} $&", launched: '$1' })).toBe("it's {x} $&: $1");
  });

  it('refuses a formatter that puts in a name it was not given', () => {
    expect(() => messageTemplate(() => '\u0000other\u0000', ['date'])).toThrow(/not one of its arguments/);
  });
});
