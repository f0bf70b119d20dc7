// A catalogue message used many times in one render (a label for each of a year's calendar cells) is
// formatted once with placeholder tokens, then filled by plain replacement. The catalogue keeps the words
// and their order; the cost of formatting the message (its parse and the formatter's cache key) is paid
// once, not once per cell. Only for arguments that are already strings and that the message does not
// choose on (no plural or select on them): those are formatted before they are filled in.

const TOKEN = (name: string) => `\u0000${name}\u0000`;

export type MessageTemplate<Name extends string> = (values: Record<Name, string>) => string;

/** `format` is the translator bound to one message, e.g. `(values) => t('cell', values)`. */
export function messageTemplate<Name extends string>(format: (values: Record<Name, string>) => string, names: readonly Name[]): MessageTemplate<Name> {
  const tokens = Object.fromEntries(names.map((name) => [name, TOKEN(name)])) as Record<Name, string>;
  const parts = format(tokens).split('\u0000');
  // split on the delimiter alternates text and names: even indexes are text, odd ones argument names.
  for (let i = 1; i < parts.length; i += 2) {
    if (!names.includes(parts[i] as Name)) throw new Error(`messageTemplate: "${parts[i]}" is not one of its arguments`);
  }
  return (values) => {
    let out = '';
    for (let i = 0; i < parts.length; i += 1) out += i % 2 === 0 ? parts[i] : values[parts[i] as Name];
    return out;
  };
}
