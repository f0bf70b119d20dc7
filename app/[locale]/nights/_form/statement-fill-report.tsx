'use client';
// What "Fill from statement" did, in detail: the counts it put in, the counts it kept (with the choice to
// take the statement's instead), what it read and what it could not, and the other side's claims, shown
// apart because they belong to a separate night. Everything in the reader's language.
import { useTranslations } from 'next-intl';
import { useFigureFormat } from '@/app/_i18n/use-figure-format';
import { Link } from '@/i18n/navigation';
import type { FigureFormat } from '@/lib/format';
import { newNightHref } from '@/lib/routes';
import type { CellChange, FillResult, PlacedFigure, Quote, SideReading, UnplacedFigure } from '@/lib/statement-fill';
import type { Locale } from '@/lib/i18n/locales';
import { weaponDisplayName } from '@/lib/weapon-names-uk';
import { useInterfaceLocale, useNoteText } from './statement-fill-notes';
import styles from './statement-fill.module.css';

type Translate = ReturnType<typeof useTranslations<'statementFill'>>;

const targetLabel = (target: string, t: Translate) => (target === 'RU' || target === 'UA' ? t(`targets.${target}`) : target);
/** A count the statement gave, as the form shows numbers ("1 012" in Ukrainian). */
const shownCount = (value: string, format: FigureFormat) => (/^\d+$/.test(value) ? format.count(Number(value)) : value);

export function FillReport({
  result,
  conflicts,
  onResolve,
}: {
  result: FillResult;
  conflicts: 'open' | 'applied' | 'kept';
  onResolve: (choice: 'applied' | 'kept') => void;
}) {
  const t = useTranslations('statementFill');
  const format = useFigureFormat();
  const locale = useInterfaceLocale();
  const noteText = useNoteText();
  const side = result.filledSide;
  const named = (weapon: { slug: string; weapon: string }) => weaponDisplayName({ slug: weapon.slug, name: weapon.weapon }, locale);
  const unread = [
    ...(side?.unrecognised ?? []).map(noteText),
    ...(side?.unplaced ?? []).map((figure) =>
      t('report.unplaced', {
        weapon: named(figure),
        launched: format.count(figure.launched),
        shotDown: format.count(figure.shotDown),
        lost: format.count(figure.lost),
      }),
    ),
  ];
  return (
    <div className={styles.report}>
      {result.conflicts.length > 0 && conflicts === 'open' && (
        <section className="notice" aria-labelledby="fill-conflicts">
          <h3 id="fill-conflicts" className={styles.heading}>
            {t('report.conflictsHeading')}
          </h3>
          <ul>
            {result.conflicts.map((c) => (
              <li key={`${c.rowKey} ${c.field}`}>
                {t('report.conflict', { weapon: named(c), field: t(`fields.${c.field}`), typed: c.from, value: shownCount(c.to, format) })}
                {c.quote && <QuoteLine label={t('report.readFrom')} quote={c.quote} />}
              </li>
            ))}
          </ul>
          <div className={styles.bar}>
            <button type="button" onClick={() => onResolve('applied')}>
              {result.conflicts.length === 1 ? t('report.useStatementOne') : t('report.useStatementMany')}
            </button>
            <button type="button" onClick={() => onResolve('kept')}>
              {t('report.keepMine')}
            </button>
          </div>
        </section>
      )}

      {result.filled.length > 0 && (
        <section aria-labelledby="fill-changes">
          <h3 id="fill-changes" className={styles.heading}>
            {t('report.filledHeading')}
          </h3>
          <ul>
            {changesByWeapon(result.filled).map(([slug, changes]) => {
              const first = changes[0];
              if (!first) return null;
              const counts = changes.map((c) => t('report.filledCount', { field: t(`fields.${c.field}`), value: shownCount(c.to, format) })).join(', ');
              const added = result.addedRows.includes(first.weapon);
              return (
                <li key={slug}>
                  {t(added ? 'report.rowAdded' : 'report.filledWeapon', { weapon: named(first), counts })}
                  <ul className={styles.quotes}>
                    {quotesOf(changes, t).map(({ fields, quote }) => (
                      <li key={fields}>
                        <QuoteLine label={fields} quote={quote} />
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {side && side.recognised.length > 0 && (
        <section aria-labelledby="fill-recognised">
          <h3 id="fill-recognised" className={styles.heading}>
            {t('report.recognisedHeading')}
          </h3>
          <ul className="small">
            {side.recognised.map((note, index) => (
              <li key={index}>{noteText(note)}</li>
            ))}
          </ul>
        </section>
      )}

      {unread.length > 0 && (
        <section aria-labelledby="fill-unrecognised">
          <h3 id="fill-unrecognised" className={styles.heading}>
            {t('report.unreadHeading')}
          </h3>
          <ul className="small">
            {unread.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </section>
      )}

      {result.asideSides.map((aside) => (
        <AsideSide key={aside.target} side={aside} locale={locale} />
      ))}
    </div>
  );
}

/** Longest quote shown; longer sentences are cut around the number they were read from. */
const QUOTE_LENGTH = 220;

/** The counts of one weapon grouped by the sentence they were read from: "launched, shot down: “…”". */
function quotesOf(changes: CellChange[], t: Translate): { fields: string; quote: Quote }[] {
  const byText = new Map<string, { fields: string[]; quote: Quote }>();
  for (const change of changes) {
    if (!change.quote) continue;
    const group = byText.get(change.quote.text) ?? { fields: [], quote: change.quote };
    group.fields.push(t(`fields.${change.field}`));
    byText.set(change.quote.text, group);
  }
  return [...byText.values()].map(({ fields, quote }) => ({ fields: fields.join(', '), quote }));
}

/** A quote of the statement with the words it was read from marked, so the editor can check it at a glance. */
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

/** The changes of each weapon, by its slug, in the order they were made. */
function changesByWeapon(changes: CellChange[]): [string, CellChange[]][] {
  const grouped = new Map<string, CellChange[]>();
  for (const change of changes) grouped.set(change.slug, [...(grouped.get(change.slug) ?? []), change]);
  return [...grouped];
}

/** The other target's figures: information only, with the way to record them as their own night. */
function AsideSide({ side, locale }: { side: SideReading; locale: Locale }) {
  const t = useTranslations('statementFill');
  const format = useFigureFormat();
  const noteText = useNoteText();
  const headingId = `fill-aside-${side.target}`;
  const rows: (PlacedFigure | UnplacedFigure)[] = [...side.figures, ...side.unplaced];
  const newNight = newNightHref(side.target);
  const target = targetLabel(side.target, t);
  return (
    <section className={styles.aside} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t('report.asideHeading', { target: t('targets.withCode', { target, code: side.target }) })}
      </h3>
      <p className="small">
        {t.rich('report.asideBody', {
          target,
          code: side.target,
          link: (chunks) => (
            <Link href={newNight} target="_blank" rel="noopener">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <div className="table-scroll">
        <table className="small">
          <caption className="sr-only">{t('report.asideCaption', { target })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.weapon')}</th>
              <th scope="col" className="num">
                {t('report.launched')}
              </th>
              <th scope="col" className="num">
                {t('report.shotDown')}
              </th>
              <th scope="col" className="num">
                {t('report.lost')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((figure) => (
              <tr key={figure.slug}>
                <th scope="row">{weaponDisplayName({ slug: figure.slug, name: figure.weapon }, locale)}</th>
                <td className="num">{format.count(figure.launched)}</td>
                <td className="num">{format.count(figure.shotDown)}</td>
                <td className="num">{format.count(figure.lost)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {side.recognised.length > 0 && (
        <ul className="small muted">
          {side.recognised.map((note, index) => (
            <li key={index}>{noteText(note)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
