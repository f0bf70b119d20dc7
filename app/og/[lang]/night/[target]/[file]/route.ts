// GET /og/{lang}/night/{target}/{date}.png: a night's link-preview image (1200×630 PNG).
import { nightCard } from '@/app/_previews/preview-data';
import { imageAnswer } from '@/app/_previews/image-answer';
import { publicError, readPreflight } from '@/lib/api/public-get';
import { readNightImage } from '@/lib/previews/image-paths';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ lang: string; target: string; file: string }> };

export async function GET(request: Request, { params }: Context) {
  const night = readNightImage(await params);
  const card = night && (await nightCard(night, night.locale));
  if (!card) return publicError(404, 'No recorded night has this image.');
  return imageAnswer(request, card);
}

export const OPTIONS = readPreflight;
