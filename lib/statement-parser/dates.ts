// The night's date: "on the night of 26 April", "overnight on 25-26 April", "26.04.2025",
// "from 18:00 on 25 April" (the night then ends the next morning), "У ніч на 26 квітня".
import { addDays, isIsoDate } from '@/lib/dates';

export type DateMention = {
  start: number;
  end: number;
  day: number;
  month: number;
  year: number | null;
  /** night: "night of …" (the morning it ends); from: "from 18:00 on …" (a start); plain: any other. */
  kind: 'night' | 'from' | 'plain';
  /** Days to add to reach the night's morning (1 for an evening start). */
  shift: number;
};

const EN_MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const UK_MONTHS: Record<string, number> = {
  січня: 1, лютого: 2, березня: 3, квітня: 4, травня: 5, червня: 6, липня: 7, серпня: 8, вересня: 9,
  жовтня: 10, листопада: 11, грудня: 12,
};

const START = '(?<![\\p{L}\\p{N}.,:/-])';
// "2nd", and the Ukrainian ordinal's ending: "у ніч проти 3-го листопада".
const DAY = '(\\d{1,2})(?:st|nd|rd|th|-го|-ого|-е|-є|-тє)?';
const EN_MONTH = `(${Object.keys(EN_MONTHS).join('|')})\\.?(?!\\p{L})`;
const UK_MONTH = `(${Object.keys(UK_MONTHS).join('|')})(?!\\p{L})`;
const YEAR = '(?:,?\\s*((?:19|20)\\d{2})(?![\\p{N}]))?';
const UK_YEAR = '(?:\\s+((?:19|20)\\d{2})(?:\\s*(?:року|р\\.))?)?';
const RANGE = '\\s*(?:-|/|to|into|and|на)\\s*';

type Reader = {
  re: RegExp;
  read: (m: RegExpExecArray) => { day: number; month: number; year: number | null } | null;
  /** Nights named by a feast are nights whatever the words before them. */
  night?: boolean;
};

// Nights named rather than dated: New Year's night ends on 1 January.
const NAMED_NIGHT = /(?<![\p{L}])(?:новорічн\p{L}* ніч\p{L}*|новорічн\p{L}* ночі|ніч\p{L}* на новий рік|new year's (?:eve|night))(?![\p{L}])/iu;

const month = (name: string | undefined) => EN_MONTHS[(name ?? '').toLowerCase()] ?? UK_MONTHS[(name ?? '').toLowerCase()] ?? 0;
const num = (value: string | undefined) => (value === undefined ? null : Number(value));

// Ranges come first so that "25-26 April" reads as one mention ending on the 26th.
const READERS: Reader[] = [
  { re: new RegExp(NAMED_NIGHT.source, 'giu'), read: () => ({ day: 1, month: 1, year: null }), night: true },
  {
    re: new RegExp(`${START}(?:з\\s+)?${DAY}${RANGE}${DAY}\\s+(?:of\\s+)?(?:${EN_MONTH}${YEAR}|${UK_MONTH}${UK_YEAR})`, 'giu'),
    read: (m) => ({ day: Number(m[2]), month: month(m[3] ?? m[5]), year: num(m[4] ?? m[6]) }),
  },
  {
    re: new RegExp(`${START}${EN_MONTH}\\s+${DAY}${RANGE}${DAY}(?![\\p{N}:])${YEAR}`, 'giu'),
    read: (m) => ({ day: Number(m[3]), month: month(m[1]), year: num(m[4]) }),
  },
  {
    re: new RegExp(`${START}((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?![\\p{N}])`, 'gu'),
    read: (m) => ({ day: Number(m[3]), month: Number(m[2]), year: Number(m[1]) }),
  },
  {
    re: new RegExp(`${START}(\\d{1,2})[./](\\d{1,2})[./]((?:19|20)?\\d{2})(?![\\p{N}]|[.,]\\d)`, 'gu'),
    read: (m) => {
      const year = Number(m[3]);
      return { day: Number(m[1]), month: Number(m[2]), year: year < 100 ? 2000 + year : year };
    },
  },
  // "у ніч на 23.08", "night of 23.08": a day and month without a year only right after a night, where
  // it cannot be a time.
  {
    re: /(?<=(?:ніч|ночі)\s+(?:на|проти)\s+|night\s+(?:of|on|to|into)\s+)(\d{1,2})\.(\d{1,2})(?![\p{N}]|[.,/]\d)/giu,
    read: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: null }),
  },
  {
    re: new RegExp(`${START}${DAY}\\s+(?:of\\s+)?${EN_MONTH}${YEAR}`, 'giu'),
    read: (m) => ({ day: Number(m[1]), month: month(m[2]), year: num(m[3]) }),
  },
  {
    // "on Oct. 5: 496 drones …": a colon after the day ends the date ("Oct 5:30" would be a time).
    re: new RegExp(`${START}${EN_MONTH}\\s+${DAY}(?![\\p{N}]|:\\d|\\s*(?:-|/|to)\\s*\\d)${YEAR}`, 'giu'),
    read: (m) => ({ day: Number(m[2]), month: month(m[1]), year: num(m[3]) }),
  },
  {
    re: new RegExp(`${START}${DAY}\\s+${UK_MONTH}${UK_YEAR}`, 'giu'),
    read: (m) => ({ day: Number(m[1]), month: month(m[2]), year: num(m[3]) }),
  },
];

// "night of Wednesday, 13 September", "в ніч на середу, 13 вересня", "в ніч проти четверга, 16 листопада".
const WEEKDAY = "(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|понеділ(?:ок|ка)|вівтор(?:ок|ка)|серед[уи]|четвер(?:га)?|п'ятниц[юі]|субот[уи]|неділ[юі]),?\\s*)?";
const NIGHT_BEFORE = new RegExp(
  `(?:night\\s+(?:of|on|to|into|from)|overnight(?:\\s+(?:on|into|to|of|from))?|in\\s+the\\s+night(?:\\s+(?:of|on))?|ніч\\s+(?:на|з|проти)|(?:вночі|уночі)(?:\\s+(?:на|з|проти))?|ночі\\s+(?:на|з|проти))\\s*(?:the\\s+)?${WEEKDAY}$`,
  'iu',
);
// "from 18:00 on", "з 22:00", "started at around 10:00 p.m. (1900 GMT) on Thursday (": an evening start.
const FROM_BEFORE = new RegExp(
  `(?:from|since|starting at|started at|began at|beginning at|з|від)\\s+(?:around\\s+|about\\s+|близько\\s+)?(\\d{1,2})(?:[:.]\\d{2}\\s*(p\\.?m\\.?|a\\.?m\\.?)?|\\s*(p\\.?m\\.?))\\s*(?:\\([^)]{0,20}\\)\\s*)?(?:(?:on|of)\\s+)?(?:the\\s+)?${WEEKDAY}\\(?$`,
  'iu',
);

// "from the evening of January 25", "з вечора 2 березня", "увечері 25 січня": an evening start without a clock.
const EVENING_BEFORE = /(?:(?:from|since|on|in|starting|beginning|between)\s+the\s+evening\s+(?:of\s+)?|(?:з|від|із)\s+(?:самого\s+)?вечора\s+|(?:увечері|ввечері)\s+)(?:the\s+)?$/iu;

// Every date form has a digit next to a month name, a dot, a slash or a dash.
const MAY_HOLD_DATE =
  /\d\s*[./-]\s*\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листоп|груд)/iu;

/** Every date the text mentions, in order, with what its context makes of it. */
export function findDateMentions(text: string): DateMention[] {
  if ((!/\d/.test(text) || !MAY_HOLD_DATE.test(text)) && !NAMED_NIGHT.test(text)) return [];
  // Readers earlier in the list win where matches overlap ("25-26 April" over "26 April").
  const taken = new Uint8Array(text.length + 1);
  const found: DateMention[] = [];
  for (const { re, read, night } of READERS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken[start] || taken[end - 1]) continue;
      taken.fill(1, start, end);
      const parts = read(m);
      if (!parts || parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > 31) continue;
      const before = text.slice(Math.max(0, start - 64), start);
      const from = FROM_BEFORE.exec(before);
      const evening = from === null && EVENING_BEFORE.test(before);
      // "у ніч з 23 на 24 серпня": the range's "з" belongs to the night before it.
      const lead = /^з\s+/iu.exec(m[0])?.[0] ?? '';
      const kind = night || NIGHT_BEFORE.test(before) || (lead !== '' && NIGHT_BEFORE.test(before + lead)) ? 'night' : from || evening ? 'from' : 'plain';
      const hour = evening ? 18 : Number(from?.[1]) + (/^p/i.test(from?.[2] ?? from?.[3] ?? '') && Number(from?.[1]) < 12 ? 12 : 0);
      const shift = kind === 'from' && hour >= 12 ? 1 : 0;
      found.push({ start, end, ...parts, kind, shift });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The morning date a mention stands for. Without a year, the latest such date not after `today`.
 */
export function resolveMention(mention: DateMention, today: string): string | null {
  const { day, month: m, year, shift } = mention;
  const iso = (y: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (year !== null) return isIsoDate(iso(year)) ? addDays(iso(year), shift) : null;
  const thisYear = Number(today.slice(0, 4));
  for (let y = thisYear; y >= thisYear - 8; y -= 1) {
    if (!isIsoDate(iso(y))) continue;
    const date = addDays(iso(y), shift);
    if (date <= today) return date;
  }
  return null;
}

/**
 * The night's date from the mentions outside `skip` ranges (sentences about other nights):
 * a "night of" date first, then an evening start, then the first plain date (a dateline).
 * "The night of 25 to 26 April" ends on the later date.
 */
export function chooseNightDate(text: string, mentions: DateMention[], today: string): DateMention | null {
  const night = mentions.findIndex((m) => m.kind === 'night');
  if (night >= 0) {
    const first = mentions[night];
    const next = mentions[night + 1];
    if (first && next && /^\s*(?:\([^)]{0,40}\)\s*)?(?:-|to|into|на)\s*(?:the\s+)?$/iu.test(text.slice(first.end, next.start))) {
      return next;
    }
    return first ?? null;
  }
  return mentions.find((m) => m.kind === 'from') ?? mentions.find((m) => resolveMention(m, today) !== null) ?? null;
}

const TIME = /(?<![\p{L}\p{N}])\d{1,2}[:.]\d{2}(?![\p{N}])(?:\s*(?:a\.m\.|p\.m\.|am|pm)(?!\p{L}))?|(?<![\p{L}\p{N}])\d{1,2}\s*(?:a\.m\.|p\.m\.|am|pm|o'clock|ранку|вечора)(?!\p{L})/giu;
const YEAR_ALONE = /(?<![\p{L}\p{N}.,:/-])(?:19|20)\d{2}(?![\p{N}])(?!\s*(?:drones|missiles|uavs))/giu;

/**
 * Replaces dates, times and years by placeholders so that their digits are not read as counts.
 * `mentions` may be given when already found in a text of the same length (its original case).
 */
export function maskDatesAndTimes(text: string, mentions: readonly DateMention[] = findDateMentions(text)): string {
  if (!/\d/.test(text)) return text;
  let out = '';
  let at = 0;
  for (const m of mentions) {
    out += `${text.slice(at, m.start)} ‹date› `;
    at = m.end;
  }
  out += text.slice(at);
  return out.replace(TIME, ' ‹time› ').replace(YEAR_ALONE, ' ‹year› ');
}
