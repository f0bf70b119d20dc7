import { describe, expect, it } from 'vitest';
import { characterAbsentFrom } from './absent-character';

describe('characterAbsentFrom', () => {
  it('gives U+0001 when no text holds it', () => {
    expect(characterAbsentFrom(['Shahed-136/131', 'Kh-101, "quoted"'])).toBe('\u0001');
  });

  it('skips characters the texts hold, and never offers tab, CR or LF', () => {
    const texts = ['a\u0001b', '\u0002\u0003\u0004\u0005\u0006\u0007\u0008'];
    expect(characterAbsentFrom(texts)).toBe('\u000b');
    const allLowControls = Array.from({ length: 31 }, (_, i) => String.fromCharCode(i + 1)).join('');
    expect(characterAbsentFrom([allLowControls])).toBe('\ue000');
  });

  it('refuses when nothing is free rather than give a character that occurs', () => {
    const everything = [
      Array.from({ length: 31 }, (_, i) => String.fromCharCode(i + 1)).join(''),
      Array.from({ length: 0xf8ff - 0xe000 + 1 }, (_, i) => String.fromCharCode(0xe000 + i)).join(''),
    ];
    expect(() => characterAbsentFrom(everything)).toThrow(/No separator/);
  });
});
