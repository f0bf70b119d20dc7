// A night that is not recorded (or a date that does not exist): say so, and point to where to look.
import { Link } from '@/i18n/navigation';

export default function NightNotFound() {
  return (
    <main>
      <h1>No night recorded for this date</h1>
      <div className="card">
        <p>
          There is no night at this address. A night is named by the date of the morning it ended, written YYYY-MM-DD (the
          night of 25 to 26 April 2025 is <code>/nights/2025-04-26</code>); attacks on Russia add <code>?target=RU</code>.
        </p>
        <p>
          The <Link href="/">dashboard</Link> lists the latest recorded nights; pick a range there to find older ones. Editors can{' '}
          <Link href="/nights/new">add a night</Link>.
        </p>
      </div>
    </main>
  );
}
