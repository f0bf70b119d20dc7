// The import report on screen: the same object `npm run import` prints, as tables, in the editor's
// language (the row problems and notes the reader writes stay in English, as the command line prints them).
import { useTranslations } from 'next-intl';
import type { ReactNode, Ref } from 'react';
import { useFigureFormat } from '@/app/_i18n/use-figure-format';
import type { Counts, Target } from '@/lib/domain';
import { fieldText, shorten, type ImportReport, type ReportNight } from '@/lib/import/report';
import styles from './import.module.css';

/** `actions` (the Import button, a link) go right under the summary, not after the long tables. */
export function ImportReportView({ report, actions, headingRef }: { report: ImportReport; actions?: ReactNode; headingRef?: Ref<HTMLHeadingElement> }) {
  const t = useTranslations('importPage');
  const tWeapons = useTranslations('weapons');
  const format = useFigureFormat();
  const imported = report.status === 'imported';
  const { create, update, unchanged } = report.nights;
  return (
    <section className={`card ${styles.report}`} aria-labelledby="import-report-heading">
      <h2 id="import-report-heading" ref={headingRef} tabIndex={-1}>
        {imported ? t('headingDone') : t('headingPreview')}
      </h2>
      {report.fileName && (
        <p className="muted small">
          {report.format ? t('readAs', { file: report.fileName, format: t(`formats.${report.format}`) }) : report.fileName}
        </p>
      )}
      <StatusLine report={report} />
      {!report.fatal && (
        <dl className={styles.summary}>
          <Stat label={t('stats.rowsRead')} value={report.rowsRead} />
          <Stat label={imported ? t('stats.nightsCreated') : t('stats.nightsToCreate')} value={create} />
          <Stat label={imported ? t('stats.nightsChanged') : t('stats.nightsToChange')} value={update} />
          <Stat label={t('stats.nightsLeftAlone')} value={unchanged} />
          <Stat label={imported ? t('stats.figuresRemoved') : t('stats.figuresToRemove')} value={report.removals.figures} />
          <Stat label={t('stats.rowsSkipped')} value={report.skippedCount} />
          <Stat label={imported ? t('stats.weaponsCreated') : t('stats.weaponsToCreate')} value={report.weaponsToCreate.length} />
        </dl>
      )}
      {actions}
      {report.errorCount > 0 && <BadRows report={report} />}
      {report.weaponsToCreate.length > 0 && (
        <>
          <h3>{imported ? t('stats.weaponsCreated') : t('stats.weaponsToCreate')}</h3>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th>{t('weaponColumns.weapon')}</th>
                  <th>{t('weaponColumns.category')}</th>
                  <th>{t('weaponColumns.class')}</th>
                  <th>{t('weaponColumns.why')}</th>
                </tr>
              </thead>
              <tbody>
                {report.weaponsToCreate.map((weapon) => (
                  <tr key={weapon.name}>
                    <td>{weapon.name}</td>
                    <td>{tWeapons(`categories.${weapon.category}`)}</td>
                    <td>{tWeapons(`classes.${weapon.weaponClass}`)}</td>
                    <td className="muted small">{weapon.basis}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {report.refusedOutcomes.length > 0 && <RefusedOutcomes report={report} />}
      {report.skipped.length > 0 && (
        <>
          <h3>{t('skippedHeading')}</h3>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th>{t('skippedColumns.reason')}</th>
                  <th className="num">{t('skippedColumns.rows')}</th>
                  <th>{t('skippedColumns.lines')}</th>
                </tr>
              </thead>
              <tbody>
                {report.skipped.map((skip) => (
                  <tr key={skip.reason}>
                    <td>
                      {t(`skipReasons.${skip.reason}`)}
                      <ul className="muted small">
                        {skip.details.slice(0, 5).map((detail) => (
                          <li key={detail.text}>
                            {detail.count > 1 ? t('detailCount', { text: detail.text, count: detail.count }) : detail.text}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="num">{format.count(skip.count)}</td>
                    <td className={styles.lines}>{skip.lines}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {report.notes.length > 0 && (
        <>
          <h3>{t('notesHeading')}</h3>
          {format.locale !== 'en' && <p className="muted small">{t('notesEnglish')}</p>}
          <ul lang="en">
            {report.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
      {report.creates.length > 0 && (
        <NightTable
          title={imported ? t('stats.nightsCreated') : t('stats.nightsToCreate')}
          nights={report.creates}
          more={report.moreCreates}
          showBefore={false}
        />
      )}
      {report.updates.length > 0 && (
        <NightTable
          title={imported ? t('stats.nightsChanged') : t('stats.nightsToChange')}
          nights={report.updates}
          more={report.moreUpdates}
          showBefore
          intro={<ReplaceNotice report={report} imported={imported} />}
        />
      )}
    </section>
  );
}

function StatusLine({ report }: { report: ImportReport }) {
  const t = useTranslations('importPage');
  const { create, update, unchanged } = report.nights;
  const text =
    report.status === 'nothing-to-do'
      ? t(unchanged === 0 ? 'status.nothingReadable' : 'status.nothingToDo')
      : t(`status.${report.status === 'imported' ? 'imported' : report.status}`);
  if (report.status === 'refused' || report.status === 'stale') {
    return (
      <div role="alert" className="alert">
        <p>{text}</p>
        {report.fatal && <p lang="en">{report.fatal}</p>}
        {report.errorCount > 0 && <p>{t('badRowsCount', { count: report.errorCount })}</p>}
      </div>
    );
  }
  if (report.status === 'imported') {
    const values = { created: create, changed: update, unchanged, skipped: report.skippedCount, removed: report.removals.figures };
    return (
      <p role="status" className="success">
        {t(report.removals.figures > 0 ? 'importedWithRemovals' : 'imported', values)}
      </p>
    );
  }
  return <p className="notice">{text}</p>;
}

function Stat({ label, value }: { label: string; value: number }) {
  const format = useFigureFormat();
  return (
    <div>
      <dt>{label}</dt>
      <dd>{format.count(value)}</dd>
    </div>
  );
}

function BadRows({ report }: { report: ImportReport }) {
  const t = useTranslations('importPage');
  return (
    <>
      <h3>{t('badRowsHeading')}</h3>
      <div className={`table-scroll ${styles.scroll}`}>
        <table>
          <thead>
            <tr>
              <th className="num">{t('badRowsColumns.line')}</th>
              <th>{t('badRowsColumns.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.map((error) => (
              <tr key={`${error.line}:${error.message}`}>
                <td className="num">{error.line}</td>
                <td lang="en">{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.errorCount > report.errors.length && (
        <p className="muted small">{t('moreErrors', { count: report.errorCount - report.errors.length })}</p>
      )}
    </>
  );
}

/** Outcomes of the file that exceed what their night's figures launched: not imported, and why. */
function RefusedOutcomes({ report }: { report: ImportReport }) {
  const t = useTranslations('importPage');
  const tValidation = useTranslations('validation');
  const tNight = useTranslations('nightForm');
  return (
    <>
      <h3>{t('refusedOutcomesHeading')}</h3>
      <p>{t('refusedOutcomesIntro')}</p>
      <ul>
        {report.refusedOutcomes.map((refused) => (
          <li key={`${refused.target}${refused.date}${refused.field}`}>
            {t('refusedOutcome', {
              date: refused.date,
              target: tNight(`targets.${refused.target}`),
              message: tValidation(refused.key, refused.values),
            })}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Above the nights to change: each replaces the stored night, and what that removes. */
function ReplaceNotice({ report, imported }: { report: ImportReport; imported: boolean }) {
  const t = useTranslations('importPage');
  const { figures, nights } = report.removals;
  if (figures === 0) {
    return (
      <p className="muted small">
        {t('replaceIntro')} {t('noneRemoved')}
      </p>
    );
  }
  return (
    <p className="notice">
      {t('replaceIntro')}{' '}
      {t.rich(imported ? 'removalsDone' : 'removalsPreview', { figures, nights, strong: (chunks) => <strong>{chunks}</strong> })}
    </p>
  );
}

type NightTableProps = { title: string; nights: ReportNight[]; more: number; showBefore: boolean; intro?: ReactNode };

function NightTable({ title, nights, more, showBefore, intro }: NightTableProps) {
  const t = useTranslations('importPage');
  const tNight = useTranslations('nightForm');
  const format = useFigureFormat();
  const columns = showBefore ? 6 : 5;
  const countsText = (counts: Counts) =>
    t('counts', { launched: format.count(counts.launched), shotDown: format.count(counts.shotDown), lost: format.count(counts.lost) });
  const nightName = (night: { date: string; target: Target }) =>
    night.target === 'UA' ? night.date : t('nightCell', { date: night.date, target: tNight(`targets.${night.target}`) });
  const nightCell = (night: ReportNight, first: boolean) => (first ? nightName(night) : '');
  return (
    <>
      <h3>{title}</h3>
      {intro}
      <div className={`table-scroll ${styles.scroll}`}>
        <table>
          <thead>
            <tr>
              <th>{t('nightColumns.night')}</th>
              <th>{t('nightColumns.weapon')}</th>
              {showBefore && <th>{t('nightColumns.before')}</th>}
              <th className="num">{t('nightColumns.launched')}</th>
              <th className="num">{t('nightColumns.shotDown')}</th>
              <th className="num">{t('nightColumns.lost')}</th>
            </tr>
          </thead>
          <tbody>
            {nights.flatMap((night) => {
              const key = `${night.target}${night.date}`;
              const removedFrom = night.figures.length;
              const fieldsFrom = removedFrom + night.removed.length;
              return [
                ...night.figures.map((figure, index) => (
                  <tr key={`${key}${figure.weapon}`}>
                    <td>{nightCell(night, index === 0)}</td>
                    <td>
                      {figure.weapon}
                      {figure.isNew && <span className="muted small"> {t('newWeapon')}</span>}
                    </td>
                    {showBefore && <td className="muted small">{figure.before ? countsText(figure.before) : t('notRecorded')}</td>}
                    <td className="num">{format.count(figure.after.launched)}</td>
                    <td className="num">{format.count(figure.after.shotDown)}</td>
                    <td className="num">{format.count(figure.after.lost)}</td>
                  </tr>
                )),
                ...night.removed.map((removed, index) => (
                  <tr key={`${key}${removed.weapon}:removed`} className={styles.removed}>
                    <td>{nightCell(night, removedFrom + index === 0)}</td>
                    <td>{removed.weapon}</td>
                    <td>{countsText(removed.counts)}</td>
                    <td colSpan={columns - 3}>{t.rich('removed', { strong: (chunks) => <strong>{chunks}</strong> })}</td>
                  </tr>
                )),
                ...night.fields.map((field, index) => (
                  <tr key={`${key}:${field.field}`}>
                    <td>{nightCell(night, fieldsFrom + index === 0)}</td>
                    <td colSpan={columns - 1}>
                      {t.rich('fieldChange', {
                        label: t(`fields.${field.field}`),
                        before: shorten(fieldText(field.before), 300) ?? t('none'),
                        after: shorten(fieldText(field.after), 300) ?? t('none'),
                        muted: (chunks) => <span className="muted">{chunks}</span>,
                      })}
                    </td>
                  </tr>
                )),
              ];
            })}
          </tbody>
        </table>
      </div>
      {more > 0 && <p className="muted small">{t('moreNights', { count: more })}</p>}
    </>
  );
}
