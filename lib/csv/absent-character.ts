// A character that none of the given texts contains: the export joins a night's lines inside SQLite with
// it and then replaces it, which is only exact when no weapon name holds it (db/queries/figure-rows.ts).

/** The first control or private-use character absent from every text (never tab, CR, LF or a quote). */
export function characterAbsentFrom(texts: Iterable<string>): string {
  const present = new Set<number>();
  for (const text of texts) for (let i = 0; i < text.length; i += 1) present.add(text.charCodeAt(i));
  for (const code of candidates()) if (!present.has(code)) return String.fromCharCode(code);
  // Only reachable if the texts hold every one of about 6,400 characters.
  throw new Error('No separator character is free: every candidate occurs in the texts');
}

function* candidates(): Generator<number> {
  for (let code = 0x01; code < 0x20; code += 1) if (code !== 0x09 && code !== 0x0a && code !== 0x0d) yield code;
  for (let code = 0xe000; code <= 0xf8ff; code += 1) yield code;
}
