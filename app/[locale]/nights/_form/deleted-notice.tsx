// The notice the dashboard shows after a delete (the delete action redirects to /?deleted=DATE).
// Mount it on the dashboard: <DeletedNotice deleted={params.deleted} target={params.target} />.
import { isIsoDate } from '@/lib/dates';
import { TARGET_LABELS } from '@/lib/domain';

export function DeletedNotice({ deleted, target }: { deleted: unknown; target: unknown }) {
  if (typeof deleted !== 'string' || !isIsoDate(deleted)) return null;
  return (
    <p className="notice" role="status">
      The night of {deleted} ({TARGET_LABELS[target === 'RU' ? 'RU' : 'UA']}) was deleted. Its history is kept.
    </p>
  );
}
