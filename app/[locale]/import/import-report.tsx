// The import report on screen: the same object `npm run import` prints, as tables.
import type { ReactNode, Ref } from 'react';
import { formatCount } from '@/lib/format';
import { countText, shorten, statusText, type ImportReport, type ReportNight } from '@/lib/import/report';
import styles from './import.module.css';

/** `actions` (the Import button, a link) go right under the summary, not after the long tables. */
export function ImportReportView({ report, actions, headingRef }: { report: ImportReport; actions?: ReactNode; headingRef?: Ref<HTMLHeadingElement> }) {
  const imported = report.status === 'imported';
  const { create, update, unchanged } = report.nights;
  return (
    <section className={`card ${styles.report}`} aria-labelledby="import-report-heading">
      <h2 id="import-report-heading" ref={headingRef} tabIndex={-1}>
        {imported ? 'Import done' : 'Preview'}
      </h2>
      {report.fileName && (
        <p className="muted small">
          {report.fileName}
          {report.formatLabel && <>, read as {report.formatLabel}</>}
        </p>
      )}
      <StatusLine report={report} />
      {!report.fatal && (
        <dl className={styles.summary}>
          <Stat label="Rows read" value={report.rowsRead} />
          <Stat label={imported ? 'Nights created' : 'Nights to create'} value={create} />
          <Stat label={imported ? 'Nights changed' : 'Nights to change'} value={update} />
          <Stat label="Nights left alone" value={unchanged} />
          <Stat label={imported ? 'Figures removed' : 'Figures to remove'} value={report.removals.figures} />
          <Stat label="Rows skipped" value={report.skippedCount} />
          <Stat label={imported ? 'Weapons created' : 'Weapons to create'} value={report.weaponsToCreate.length} />
        </dl>
      )}
      {actions}
      {report.errorCount > 0 && <BadRows report={report} />}
      {report.weaponsToCreate.length > 0 && (
        <>
          <h3>{imported ? 'Weapons created' : 'Weapons to create'}</h3>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th>Weapon</th>
                  <th>Category</th>
                  <th>Class</th>
                  <th>Why</th>
                </tr>
              </thead>
              <tbody>
                {report.weaponsToCreate.map((weapon) => (
                  <tr key={weapon.name}>
                    <td>{weapon.name}</td>
                    <td>{weapon.category}</td>
                    <td>{weapon.weaponClass}</td>
                    <td className="muted small">{weapon.basis}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {report.skipped.length > 0 && (
        <>
          <h3>Rows skipped</h3>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th>Reason</th>
                  <th className="num">Rows</th>
                  <th>Lines</th>
                </tr>
              </thead>
              <tbody>
                {report.skipped.map((skip) => (
                  <tr key={skip.reason}>
                    <td>
                      {skip.label}
                      <ul className="muted small">
                        {skip.details.slice(0, 5).map((detail) => (
                          <li key={detail.text}>
                            {detail.text}
                            {detail.count > 1 && ` (${formatCount(detail.count)})`}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="num">{formatCount(skip.count)}</td>
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
          <h3>Notes</h3>
          <ul>
            {report.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
      {report.creates.length > 0 && (
        <NightTable
          title={imported ? 'Nights created' : 'Nights to create'}
          nights={report.creates}
          more={report.moreCreates}
          showBefore={false}
        />
      )}
      {report.updates.length > 0 && (
        <NightTable
          title={imported ? 'Nights changed' : 'Nights to change'}
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
  const text = statusText(report);
  if (report.status === 'refused' || report.status === 'stale') {
    return (
      <div role="alert" className="alert">
        <p>{text}</p>
        {report.fatal && <p>{report.fatal}</p>}
        {report.errorCount > 0 && <p>{formatCount(report.errorCount)} rows have values that cannot be read; they are listed below.</p>}
      </div>
    );
  }
  if (report.status === 'imported') {
    const { create, update, unchanged } = report.nights;
    return (
      <p role="status" className="success">
        Imported: {formatCount(create)} nights created, {formatCount(update)} changed
        {report.removals.figures > 0 && ` (${formatCount(report.removals.figures)} figures removed)`}, {formatCount(unchanged)} left alone,{' '}
        {formatCount(report.skippedCount)} rows skipped.
      </p>
    );
  }
  return <p className="notice">{text}</p>;
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{formatCount(value)}</dd>
    </div>
  );
}

function BadRows({ report }: { report: ImportReport }) {
  return (
    <>
      <h3>Rows that cannot be read</h3>
      <div className={`table-scroll ${styles.scroll}`}>
        <table>
          <thead>
            <tr>
              <th className="num">Line</th>
              <th>Problem</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.map((error) => (
              <tr key={`${error.line}:${error.message}`}>
                <td className="num">{error.line}</td>
                <td>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.errorCount > report.errors.length && (
        <p className="muted small">…and {formatCount(report.errorCount - report.errors.length)} more.</p>
      )}
    </>
  );
}

/** Above the nights to change: each replaces the stored night, and what that removes. */
function ReplaceNotice({ report, imported }: { report: ImportReport; imported: boolean }) {
  const { figures, nights } = report.removals;
  const text = 'Each night below is replaced by the file\'s figures for it, as a whole.';
  if (figures === 0) return <p className="muted small">{text} No stored figure is removed.</p>;
  return (
    <p className="notice">
      {text} {formatCount(figures)} stored {figures === 1 ? 'figure' : 'figures'} on {formatCount(nights)}{' '}
      {nights === 1 ? 'night' : 'nights'} {imported ? 'were' : 'would be'} removed because the file does not give{' '}
      {figures === 1 ? 'it' : 'them'} for that night: marked <strong>Removed</strong> below, nights with removals first.
    </p>
  );
}

type NightTableProps = { title: string; nights: ReportNight[]; more: number; showBefore: boolean; intro?: ReactNode };

function NightTable({ title, nights, more, showBefore, intro }: NightTableProps) {
  const columns = showBefore ? 6 : 5;
  const nightCell = (night: ReportNight, first: boolean) => (first ? `${night.date}${night.target === 'UA' ? '' : ` (${night.target})`}` : '');
  return (
    <>
      <h3>{title}</h3>
      {intro}
      <div className={`table-scroll ${styles.scroll}`}>
        <table>
          <thead>
            <tr>
              <th>Night</th>
              <th>Weapon</th>
              {showBefore && <th>Before</th>}
              <th className="num">Launched</th>
              <th className="num">Shot down</th>
              <th className="num">Lost</th>
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
                      {figure.isNew && <span className="muted small"> (new weapon)</span>}
                    </td>
                    {showBefore && <td className="muted small">{figure.before ? countText(figure.before) : 'not recorded'}</td>}
                    <td className="num">{formatCount(figure.after.launched)}</td>
                    <td className="num">{formatCount(figure.after.shotDown)}</td>
                    <td className="num">{formatCount(figure.after.lost)}</td>
                  </tr>
                )),
                ...night.removed.map((removed, index) => (
                  <tr key={`${key}${removed.weapon}:removed`} className={styles.removed}>
                    <td>{nightCell(night, removedFrom + index === 0)}</td>
                    <td>{removed.weapon}</td>
                    <td>{countText(removed.counts)}</td>
                    <td colSpan={columns - 3}>
                      <strong>Removed</strong>: the file does not give this weapon for this night
                    </td>
                  </tr>
                )),
                ...night.fields.map((field, index) => (
                  <tr key={`${key}:${field.field}`}>
                    <td>{nightCell(night, fieldsFrom + index === 0)}</td>
                    <td colSpan={columns - 1}>
                      {field.label}: <span className="muted">{shorten(field.before, 300) ?? 'none'}</span> → {shorten(field.after, 300) ?? 'none'}
                    </td>
                  </tr>
                )),
              ];
            })}
          </tbody>
        </table>
      </div>
      {more > 0 && <p className="muted small">…and {formatCount(more)} more nights.</p>}
    </>
  );
}
