import { describe, expect, it } from 'vitest';
import { nightImagePath, readNightImage, readViewImage, viewImagePath } from './image-paths';

describe('link-preview image addresses', () => {
  it('name a night and a view by path alone, and read back what they wrote', () => {
    expect(nightImagePath({ date: '2025-06-01', target: 'UA' }, 'uk')).toBe('/og/uk/night/UA/2025-06-01.png');
    expect(viewImagePath({ from: '2025-06-01', to: '2025-06-30', target: 'RU' }, 'en')).toBe('/og/en/view/RU/2025-06-01/2025-06-30.png');
    expect(readNightImage({ lang: 'uk', target: 'UA', file: '2025-06-01.png' })).toEqual({ locale: 'uk', target: 'UA', date: '2025-06-01' });
    expect(readViewImage({ lang: 'en', target: 'RU', from: '2025-06-01', file: '2025-06-30.png' })).toEqual({
      locale: 'en',
      target: 'RU',
      from: '2025-06-01',
      to: '2025-06-30',
    });
  });

  it.each([
    { lang: 'de', target: 'UA', file: '2025-06-01.png' },
    { lang: 'en', target: 'ua', file: '2025-06-01.png' },
    { lang: 'en', target: 'UA', file: '2025-02-30.png' },
    { lang: 'en', target: 'UA', file: '2025-06-01.jpg' },
    { lang: 'en', target: 'UA', file: '2025-06-01' },
  ])('refuse any other spelling of a night: %o', (params) => {
    expect(readNightImage(params)).toBeNull();
  });

  it('refuse a view whose range runs backwards', () => {
    expect(readViewImage({ lang: 'en', target: 'UA', from: '2025-07-01', file: '2025-06-30.png' })).toBeNull();
  });
});
