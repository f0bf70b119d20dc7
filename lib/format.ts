// How numbers read on screen: unknown is "n/a", never 0.
const countFormat = new Intl.NumberFormat('en-GB');
const percentFormat = new Intl.NumberFormat('en-GB', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

export const NOT_AVAILABLE = 'n/a';

export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? NOT_AVAILABLE : countFormat.format(value);
}

export function formatRate(value: number | null | undefined): string {
  return value === null || value === undefined ? NOT_AVAILABLE : percentFormat.format(value);
}
