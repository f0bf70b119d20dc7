// The import report on screen: the same object `npm run import` prints, as tables.
import type { ReactNode, Ref } from 'react';
import { formatCount } from '@/lib/format';
import { countText, statusText, type ImportReport, type ReportNight } from '@/lib/import/report';
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
        Imported: {formatCount(create)} nights created, {formatCount(update)} changed, {formatCount(unchanged)} left alone,{' '}
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

function NightTable({ title, nights, more, showBefore }: { title: string; nights: ReportNight[]; more: number; showBefore: boolean }) {
  return (
    <>
      <h3>{title}</h3>
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
            {nights.flatMap((night) => [
              ...night.figures.map((figure, index) => (
                <tr key={`${night.target}${night.date}${figure.weapon}`}>
                  <td>{index === 0 ? `${night.date}${night.target === 'UA' ? '' : ` (${night.target})`}` : ''}</td>
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
              ...(night.sourceUrlChange
                ? [
                    <tr key={`${night.target}${night.date}:source`}>
                      <td>{night.figures.length ? '' : night.date}</td>
                      <td colSpan={showBefore ? 5 : 4}>
                        Source URL: {night.sourceUrlChange.before ?? 'none'} → {night.sourceUrlChange.after}
                      </td>
                    </tr>,
                  ]
                : []),
            ])}
          </tbody>
        </table>
      </div>
      {more > 0 && <p className="muted small">…and {formatCount(more)} more nights.</p>}
    </>
  );
}
