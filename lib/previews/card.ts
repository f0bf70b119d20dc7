// What a link-preview image and its page's description say: the headline figures of a night or a
// range, worded in the page's language. The image routes draw it; the pages' metadata quote it, so the
// picture and the text under it in a chat never disagree.
import type { FigureFormat } from '@/lib/format';
import type { Outcome } from '@/lib/series';

export type PreviewCard = {
  site: string;
  target: string;
  title: string;
  stats: { id: 'drones' | 'missiles' | 'neutralisation'; label: string; value: string }[];
  footer: string[];
  /** One sentence with the same figures, for og:description and the image's alt text. */
  description: string;
};

/** The card's words, from the "og" catalogue. */
export type CardText = {
  site: string;
  target: string;
  title: string;
  labels: { drones: string; missiles: string; neutralisationRate: string };
  shotDown: (count: string) => string;
  nights: (count: number) => string;
  description: (values: { drones: string; missiles: string; shotDown: string; rate: string }) => string;
};

export function previewCard(input: {
  drone: Outcome;
  missile: Outcome;
  all: Outcome;
  /** Recorded nights of a range; null for a single night. */
  nights: number | null;
  format: FigureFormat;
  text: CardText;
}): PreviewCard {
  const { format, text } = input;
  const drones = format.count(input.drone.launched);
  const missiles = format.count(input.missile.launched);
  const shotDown = format.count(input.all.shotDown);
  const rate = format.rate(input.all.neutralisationRate);
  return {
    site: text.site,
    target: text.target,
    title: text.title,
    stats: [
      { id: 'drones', label: text.labels.drones, value: drones },
      { id: 'missiles', label: text.labels.missiles, value: missiles },
      { id: 'neutralisation', label: text.labels.neutralisationRate, value: rate },
    ],
    footer: [text.shotDown(shotDown), ...(input.nights === null ? [] : [text.nights(input.nights)])],
    description: text.description({ drones, missiles, shotDown, rate }),
  };
}
