// Launched, shot down, lost, not stopped and both rates for groups of figures (categories, classes,
// weapons), with how many weapon rows each rate rests on (the two rates have different bases).
import { formatCount, formatRate } from '@/lib/format';
import type { Outcome } from '@/lib/series';

export type OutcomeRow = { key: string; label: React.ReactNode; weaponClass?: string; outcome: Outcome };

export function OutcomeTable({ caption, rows, showClass = false, firstColumn }: { caption: string; rows: OutcomeRow[]; showClass?: boolean; firstColumn: string }) {
  return (
    <div className="table-scroll">
      <table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{firstColumn}</th>
            {showClass && <th scope="col">Class</th>}
            <th scope="col" className="num">Launched</th>
            <th scope="col" className="num">Shot down</th>
            <th scope="col" className="num">Lost</th>
            <th scope="col" className="num">Not stopped</th>
            <th scope="col" className="num">Neutralisation rate</th>
            <th scope="col" className="num">Interception rate</th>
            <th scope="col" className="num">Rows in neutralisation rate</th>
            <th scope="col" className="num">Rows in interception rate</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, weaponClass, outcome }) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              {showClass && <td>{weaponClass}</td>}
              <td className="num">{formatCount(outcome.launched)}</td>
              <td className="num">{formatCount(outcome.shotDown)}</td>
              <td className="num">{formatCount(outcome.lost)}</td>
              <td className="num">{formatCount(outcome.notStopped)}</td>
              <td className="num">{formatRate(outcome.neutralisationRate)}</td>
              <td className="num">{formatRate(outcome.interceptionRate)}</td>
              <td className="num">
                {formatCount(outcome.neutralisationFigures)} of {formatCount(outcome.figures)}
              </td>
              <td className="num">
                {formatCount(outcome.interceptionFigures)} of {formatCount(outcome.figures)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
