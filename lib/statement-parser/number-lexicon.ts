// Number words of English and Ukrainian, every case form a statement uses, as one table: a new form is a
// line here. Each word has a value and a kind, which says how it combines with its neighbours.

export type NumberKind = 'unit' | 'teen' | 'tens' | 'hundreds' | 'hundred' | 'thousand' | 'tenfold';
export type NumberWord = { value: number; kind: NumberKind };

const table: Record<string, NumberWord> = {};
const add = (value: number, kind: NumberKind, forms: string) => {
  for (const form of forms.split(/\s+/).filter(Boolean)) table[form] = { value, kind };
};

// English.
add(1, 'unit', 'one');
add(2, 'unit', 'two');
add(3, 'unit', 'three');
add(4, 'unit', 'four');
add(5, 'unit', 'five');
add(6, 'unit', 'six');
add(7, 'unit', 'seven');
add(8, 'unit', 'eight');
add(9, 'unit', 'nine');
add(0, 'unit', 'zero');
add(10, 'teen', 'ten');
add(11, 'teen', 'eleven');
add(12, 'teen', 'twelve');
add(13, 'teen', 'thirteen');
add(14, 'teen', 'fourteen');
add(15, 'teen', 'fifteen');
add(16, 'teen', 'sixteen');
add(17, 'teen', 'seventeen');
add(18, 'teen', 'eighteen');
add(19, 'teen', 'nineteen');
add(20, 'tens', 'twenty');
add(30, 'tens', 'thirty');
add(40, 'tens', 'forty');
add(50, 'tens', 'fifty');
add(60, 'tens', 'sixty');
add(70, 'tens', 'seventy');
add(80, 'tens', 'eighty');
add(90, 'tens', 'ninety');
add(100, 'hundred', 'hundred');
add(1000, 'thousand', 'thousand');

// Ukrainian, in the nominative, genitive, dative, accusative, instrumental and locative.
add(1, 'unit', 'один одна одне одну одного одним однією одній одному однієї');
add(2, 'unit', 'два дві двох двома двом');
add(3, 'unit', 'три трьох трьома трьом');
add(4, 'unit', 'чотири чотирьох чотирма чотирьом');
add(5, 'unit', "п'ять п'яти п'ятьох п'ятьма п'ятьом");
add(6, 'unit', 'шість шести шістьох шістьма шістьома шістьом');
add(7, 'unit', 'сім семи сімох сьома сімома сімом');
add(8, 'unit', 'вісім восьми вісьмох вісьма вісьмома вісьмом');
add(9, 'unit', "дев'ять дев'яти дев'ятьох дев'ятьма дев'ятьом");
// Collective numerals, for people and for things counted as a group ("п'ятеро – локаційно втрачено"):
// their other cases are the cardinal's (двох, трьох, п'ятьох) above.
add(2, 'unit', 'двоє');
add(3, 'unit', 'троє');
add(4, 'unit', 'четверо');
add(5, 'unit', "п'ятеро");
add(6, 'unit', 'шестеро');
add(7, 'unit', 'семеро');
add(8, 'unit', 'восьмеро');
add(9, 'unit', "дев'ятеро");
add(10, 'teen', 'десятеро');
const cases = (stem: string) => ['ь', 'и', 'ьох', 'ьма', 'ьом', 'ьома'].map((s) => stem + s).join(' ');
add(10, 'teen', cases('десят'));
add(11, 'teen', cases('одинадцят'));
add(12, 'teen', cases('дванадцят'));
add(13, 'teen', cases('тринадцят'));
add(14, 'teen', cases('чотирнадцят'));
add(15, 'teen', cases("п'ятнадцят"));
add(16, 'teen', cases('шістнадцят'));
add(17, 'teen', cases('сімнадцят'));
add(18, 'teen', cases('вісімнадцят'));
add(19, 'teen', cases("дев'ятнадцят"));
add(20, 'tens', cases('двадцят'));
add(30, 'tens', cases('тридцят'));
add(40, 'tens', 'сорок сорока');
add(50, 'tens', "п'ятдесят п'ятдесяти п'ятдесятьох п'ятдесятьма п'ятдесятьом");
add(60, 'tens', 'шістдесят шістдесяти шістдесятьох шістдесятьма');
add(70, 'tens', 'сімдесят сімдесяти сімдесятьох сімдесятьма');
add(80, 'tens', 'вісімдесят вісімдесяти вісімдесятьох вісімдесятьма');
add(90, 'tens', "дев'яносто дев'яноста");
add(100, 'hundreds', 'сто ста');
add(200, 'hundreds', 'двісті двохсот двомастами');
add(300, 'hundreds', 'триста трьохсот трьомастами');
add(400, 'hundreds', 'чотириста чотирьохсот чотирмастами');
add(500, 'hundreds', "п'ятсот п'ятисот п'ятьмастами");
add(600, 'hundreds', 'шістсот шестисот');
add(700, 'hundreds', 'сімсот семисот');
add(800, 'hundreds', 'вісімсот восьмисот');
add(900, 'hundreds', "дев'ятсот дев'ятисот");
add(1000, 'thousand', 'тисяча тисячі тисяч тисячею тисячу');
// "атакував сотнею дронів", "сотню"; "півсотні" is fifty. "сотні", "сотень" count only after a unit ("три
// сотні дронів" is 300; "сотні дронів" alone is "hundreds of": no count).
add(100, 'hundred', 'сотня сотню сотнею сотні сотень сотнями сотням сотнях');
add(50, 'tens', 'півсотні півсотнею');
// "п'ятьма десятками": five tens.
add(10, 'tenfold', 'десяток десятка десятки десятків десятками');

export const NUMBER_WORDS: Readonly<Record<string, NumberWord>> = table;

/** Words that are a number only after another ("три сотні", "п'ятьма десятками"), never alone. */
export const NEEDS_MULTIPLIER: ReadonlySet<string> = new Set(['сотні', 'сотень', 'сотнями', 'сотням', 'сотнях', 'десяток', 'десятка', 'десятки', 'десятків', 'десятками']);

/** Words that stand for a count by themselves: "none of them", and "both" (all of two). */
export const WHOLE_WORDS: Readonly<Record<string, string>> = {
  none: '0',
  both: 'all 2',
  обидві: 'all 2',
  обидва: 'all 2',
  // Their other cases: "влучання обох ракет", "обома ракетами".
  обох: 'all 2',
  обидвох: 'all 2',
  обома: 'all 2',
  обидвома: 'all 2',
};

/**
 * "на 1-й локації" is "на одній": "-й" before a place noun is a case ending, not an ordinal's.
 * Case endings a statement writes after digits ("54-ма ударними БпЛА", "37-ми", "141-м", "21-им"; "81-го" only before what it counts, "81-го ударного БпЛА": "15-го" alone is an ordinal): dropped.
 * Ordinals keep theirs ("15-й" is not a count, but is no figure either way).
 */
export const DIGIT_SUFFIX = /(?<=\d)-(?:тьма|тьох|ьма|ьома|ома|ма|ми|ти|ть|ох|ьох|х|им|ім|м|ю|а|єю|го(?=\s+(?:[\p{L}'-]+\s+){0,2}(?:бпла|безпілотн|дрон|ракет|шахед|shahed))|і?й(?=\s+(?:локаці|місц|ділянц)))(?![\p{L}])/gu;
