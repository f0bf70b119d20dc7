// GET /og/{lang}/view/{target}/{from}/{to}.png: a dashboard range's link-preview image (1200×630 PNG).
import { imageAnswer } from '@/app/_previews/image-answer';
import { viewCard } from '@/app/_previews/preview-data';
import { publicError, readPreflight } from '@/lib/api/public-get';
import { readViewImage } from '@/lib/previews/image-paths';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ lang: string; target: string; from: string; file: string }> };

export async function GET(request: Request, { params }: Context) {
  const view = readViewImage(await params);
  if (!view) return publicError(404, 'There is no image at this address.');
  return imageAnswer(request, await viewCard(view, view.locale));
}

export const OPTIONS = readPreflight;
