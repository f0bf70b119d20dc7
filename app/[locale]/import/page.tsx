import type { Metadata } from 'next';
import { requireEditor } from '@/app/_auth/session';
import { EXPORT_HEADER } from '@/lib/csv/cells';
import { formatMegabytes, MAX_UPLOAD_BYTES } from '@/lib/import/limits';
import { ImportForm } from './import-form';

export const metadata: Metadata = { title: 'Import CSV · Air Tally' };
export const dynamic = 'force-dynamic';

export default async function ImportPage() {
  await requireEditor('/import');
  return (
    <main>
      <h1>Import CSV</h1>
      <p>
        Bring in nights from Air Tally&apos;s own export (header <code>{EXPORT_HEADER}</code>) or from the public
        dataset &ldquo;Massive Missile Attacks on Ukraine&rdquo; (<code>missile_attacks_daily.csv</code>, its
        national Air Force reports only). A night in the file replaces that night&apos;s stored figures as a whole:
        figures it does not give for the night are removed, and the preview lists them with their counts. Nights
        not in the file are left alone. You see what would change before anything is written; the import is then
        one transaction, and importing the same file again changes nothing.
      </p>
      <p className="muted small">
        Files up to {formatMegabytes(MAX_UPLOAD_BYTES)}. Larger files: <code>npm run import -- FILE</code> on the
        server.
      </p>
      <ImportForm maxBytes={MAX_UPLOAD_BYTES} />
    </main>
  );
}
