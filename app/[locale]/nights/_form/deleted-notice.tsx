// The notice the dashboard shows after a delete (the delete action redirects to /?deleted=DATE).
// Mount it on the dashboard: <DeletedNotice deleted={params.deleted} target={params.target} />.
import { getTranslations } from 'next-intl/server';
import { isIsoDate } from '@/lib/dates';

export async function DeletedNotice({ deleted, target }: { deleted: unknown; target: unknown }) {
  if (typeof deleted !== 'string' || !isIsoDate(deleted)) return null;
  const t = await getTranslations('nightForm');
  return (
    <p className="notice" role="status">
      {t('deleted', { date: deleted, target: t(`targets.${target === 'RU' ? 'RU' : 'UA'}`) })}
    </p>
  );
}
