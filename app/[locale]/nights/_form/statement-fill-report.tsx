'use client';
// What "Fill from statement" did, in detail: the counts it put in, the counts it kept (with the choice to
// take the statement's instead), what it read and what it could not, and the other side's claims, shown
// apart because they belong to a separate night.
import { TARGET_LABELS } from '@/lib/domain';
import { formatCount } from '@/lib/format';
import { newNightHref } from '@/lib/routes';
import type { CellChange, FillResult, PlacedFigure, Quote, SideReading, UnplacedFigure } from '@/lib/statement-fill';
import styles from './statement-fill.module.css';

const FIELD_NAMES = { launched: 'launched', shotDown: 'shot down', lost: 'lost' } as const;

const targetName = (target: string) => (target === 'RU' || target === 'UA' ? TARGET_LABELS[target] : target);
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export function FillReport({
  result,
  conflicts,
  onResolve,
}: {
  result: FillResult;
  conflicts: 'open' | 'applied' | 'kept';
  onResolve: (choice: 'applied' | 'kept') => void;
}) {
  const side = result.filledSide;
  const unread = [...(side?.unrecognised ?? []), ...(side?.unplaced ?? []).map(unplacedNote)];
  return (
    <div className={styles.report}>
      {result.conflicts.length > 0 && conflicts === 'open' && (
        <section className="notice" aria-labelledby="fill-conflicts">
          <h3 id="fill-conflicts" className={styles.heading}>
            Kept as you typed: the statement says otherwise
          </h3>
          <ul>
            {result.conflicts.map((c) => (
              <li key={`${c.rowKey} ${c.field}`}>
                {c.weapon}, {FIELD_NAMES[c.field]}: you typed {c.from}; the statement says {c.to}.
                {c.quote && <QuoteLine label="read from" quote={c.quote} />}
              </li>
            ))}
          </ul>
          <div className={styles.bar}>
            <button type="button" onClick={() => onResolve('applied')}>
              Use the statement&apos;s {result.conflicts.length === 1 ? 'value' : 'values'}
            </button>
            <button type="button" onClick={() => onResolve('kept')}>
              Keep mine
            </button>
          </div>
        </section>
      )}

      {result.filled.length > 0 && (
        <section aria-labelledby="fill-changes">
          <h3 id="fill-changes" className={styles.heading}>
            Put into the form
          </h3>
          <ul>
            {changesByWeapon(result.filled).map(([weapon, changes]) => (
              <li key={weapon}>
                {weapon}: {changes.map((c) => `${FIELD_NAMES[c.field]} ${c.to}`).join(', ')}
                {result.addedRows.includes(weapon) ? ' (row added)' : ''}
                <ul className={styles.quotes}>
                  {quotesOf(changes).map(({ fields, quote }) => (
                    <li key={fields}>
                      <QuoteLine label={fields} quote={quote} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}

      {side && side.recognised.length > 0 && (
        <section aria-labelledby="fill-recognised">
          <h3 id="fill-recognised" className={styles.heading}>
            Read from the statement
          </h3>
          <ul className="small">
            {side.recognised.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </section>
      )}

      {unread.length > 0 && (
        <section aria-labelledby="fill-unrecognised">
          <h3 id="fill-unrecognised" className={styles.heading}>
            Not used: check these yourself
          </h3>
          <ul className="small">
            {unread.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </section>
      )}

      {result.asideSides.map((aside) => (
        <AsideSide key={aside.target} side={aside} />
      ))}
    </div>
  );
}

/** Longest quote shown; longer sentences are cut around the number they were read from. */
const QUOTE_LENGTH = 220;

/** The counts of one weapon grouped by the sentence they were read from: "launched, shot down: “…”". */
function quotesOf(changes: CellChange[]): { fields: string; quote: Quote }[] {
  const byText = new Map<string, { fields: string[]; quote: Quote }>();
  for (const change of changes) {
    if (!change.quote) continue;
    const group = byText.get(change.quote.text) ?? { fields: [], quote: change.quote };
    group.fields.push(FIELD_NAMES[change.field]);
    byText.set(change.quote.text, group);
  }
  return [...byText.values()].map(({ fields, quote }) => ({ fields: fields.join(', '), quote }));
}

/** A quote of the statement with the number it was read from marked, so the editor can check it at a glance. */
function QuoteLine({ label, quote }: { label: string; quote: Quote }) {
  const { text, mark } = clipQuote(quote);
  return (
    <span className="small">
      <span className="muted">{label}: </span>
      <q className={styles.quote}>
        {mark ? (
          <>
            {text.slice(0, mark.start)}
            <mark>{text.slice(mark.start, mark.end)}</mark>
            {text.slice(mark.end)}
          </>
        ) : (
          text
        )}
      </q>
    </span>
  );
}

function clipQuote(quote: Quote): Quote {
  if (quote.text.length <= QUOTE_LENGTH) return quote;
  const centre = quote.mark ? quote.mark.start : 0;
  const start = Math.max(0, Math.min(centre - QUOTE_LENGTH / 2, quote.text.length - QUOTE_LENGTH));
  const end = start + QUOTE_LENGTH;
  const head = start > 0 ? '…' : '';
  const text = `${head}${quote.text.slice(start, end)}${end < quote.text.length ? '…' : ''}`;
  const mark = quote.mark ? { start: quote.mark.start - start + head.length, end: quote.mark.end - start + head.length } : null;
  return { text, mark };
}

function changesByWeapon(changes: CellChange[]): [string, CellChange[]][] {
  const grouped = new Map<string, CellChange[]>();
  for (const change of changes) grouped.set(change.weapon, [...(grouped.get(change.weapon) ?? []), change]);
  return [...grouped];
}

function unplacedNote(figure: UnplacedFigure): string {
  return (
    `${figure.weapon}: launched ${formatCount(figure.launched)}, shot down ${formatCount(figure.shotDown)}, ` +
    `lost ${formatCount(figure.lost)}: this weapon is not in the list, so these counts were not put into the form. ` +
    'Add the weapon or enter them by hand.'
  );
}

/** The other target's figures: information only, with the way to record them as their own night. */
function AsideSide({ side }: { side: SideReading }) {
  const headingId = `fill-aside-${side.target}`;
  const rows: (PlacedFigure | UnplacedFigure)[] = [...side.figures, ...side.unplaced];
  const newNight = newNightHref(side.target);
  return (
    <section className={styles.aside} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        Not put into this form: {targetName(side.target)} ({side.target})
      </h3>
      <p className="small">
        The statement also gives these figures for {lowerFirst(targetName(side.target))}. They belong to a
        separate night with target {side.target}, so they were kept out of this one.{' '}
        <a href={newNight} target="_blank" rel="noopener">
          Add a night with target {side.target} (opens in a new tab)
        </a>{' '}
        and fill it from the same statement.
      </p>
      <div className="table-scroll">
        <table className="small">
          <caption className="sr-only">Figures for {targetName(side.target)}, not in this form</caption>
          <thead>
            <tr>
              <th scope="col">Weapon</th>
              <th scope="col" className="num">Launched</th>
              <th scope="col" className="num">Shot down</th>
              <th scope="col" className="num">Lost</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((figure) => (
              <tr key={figure.weapon}>
                <th scope="row">{figure.weapon}</th>
                <td className="num">{formatCount(figure.launched)}</td>
                <td className="num">{formatCount(figure.shotDown)}</td>
                <td className="num">{formatCount(figure.lost)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {side.recognised.length > 0 && (
        <ul className="small muted">
          {side.recognised.map((note, index) => (
            <li key={index}>{note}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
