// The three database sizes the benchmark measures.
import type { SyntheticLimit } from './synthetic';

export const SIZE_NAMES = ['small', 'medium', 'large'] as const;
export type SizeName = (typeof SIZE_NAMES)[number];

export const isSizeName = (value: string): value is SizeName => SIZE_NAMES.some((name) => name === value);

export const SIZES: Record<SizeName, { label: string; limit: SyntheticLimit }> = {
  // About the public dataset's size.
  small: { label: '~1,100 nights (public dataset size)', limit: { nights: 1_100 } },
  medium: { label: '~11,000 nights (10×)', limit: { nights: 11_000 } },
  // About 95,000 nights at 10.5 weapons a night on average.
  large: { label: '1,000,000 figure rows', limit: { figures: 1_000_000 } },
};
