import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requireEditor } from '@/app/_auth/session';
import { EditorMessages } from '@/app/_form/editor-messages';
import { EXPORT_HEADER } from '@/lib/csv/cells';
import { NIGHT_EXPORT_HEADER } from '@/lib/csv/night-columns';
import { formatMegabytes, MAX_UPLOAD_BYTES } from '@/lib/import/limits';
import { ImportForm } from './import-form';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('importPage');
  return { title: t('metaTitle') };
}

export default async function ImportPage() {
  await requireEditor('/import');
  const t = await getTranslations('importPage');
  const code = (chunks: React.ReactNode) => <code>{chunks}</code>;
  return (
    <main>
      <h1>{t('title')}</h1>
      <p>{t.rich('intro', { code, figuresHeader: EXPORT_HEADER, nightsHeader: NIGHT_EXPORT_HEADER })}</p>
      <p className="muted small">{t.rich('limits', { code, size: formatMegabytes(MAX_UPLOAD_BYTES) })}</p>
      <EditorMessages namespaces={['importPage', 'validation', 'weapons', 'nightForm']}>
        <ImportForm maxBytes={MAX_UPLOAD_BYTES} />
      </EditorMessages>
    </main>
  );
}
