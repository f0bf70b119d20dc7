// A preview image as a public GET answer: the ETag is decided by what the card says (and the build that
// draws it), so a crawler revalidating an unchanged night gets a 304 and no image is drawn.
import 'server-only';
import { etagOf, publicAnswer } from '@/lib/api/public-get';
import type { PreviewCard } from '@/lib/previews/card';
import { buildId } from './build-id';
import { cardPng } from './card-image';

export function imageAnswer(request: Request, card: PreviewCard): Promise<Response> {
  return publicAnswer(request, {
    etag: etagOf(`${buildId()}\n${JSON.stringify(card)}`),
    contentType: 'image/png',
    body: () => cardPng(card),
  });
}
