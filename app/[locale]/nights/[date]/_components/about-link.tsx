// Links into the "How we count" page (/about), where the explanations the night page only names live.
// The anchors are agreed with that page: neutralised, hits-and-places, shaheds-and-decoys, thirty-night-average.
import type { ReactNode } from 'react';
import { Link } from '@/i18n/navigation';

export type AboutAnchor = 'neutralised' | 'hits-and-places' | 'shaheds-and-decoys' | 'thirty-night-average';

/** For t.rich(): the message's <about>…</about> becomes a link to that part of /about. */
export const aboutTag = (anchor: AboutAnchor) =>
  function About(chunks: ReactNode) {
    return <Link href={`/about#${anchor}`}>{chunks}</Link>;
  };
