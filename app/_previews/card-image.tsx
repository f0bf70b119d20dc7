// Draws a preview card as a 1200×630 PNG with next/og (satori and resvg, bundled with Next: no browser).
// The font is the DejaVu Sans subset committed in assets/fonts/, read from disk: nothing is fetched.
import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import type { PreviewCard } from '@/lib/previews/card';
import { IMAGE_HEIGHT, IMAGE_WIDTH } from '@/lib/previews/image-paths';

const FONT_DIR = path.join(process.cwd(), 'assets', 'fonts');
let fonts: Promise<{ regular: Buffer; bold: Buffer }> | undefined;

function loadFonts() {
  fonts ??= Promise.all([readFile(path.join(FONT_DIR, 'DejaVuSans-subset.ttf')), readFile(path.join(FONT_DIR, 'DejaVuSans-Bold-subset.ttf'))]).then(
    ([regular, bold]) => ({ regular, bold }),
  );
  return fonts;
}

const COLOURS = { background: '#111827', text: '#f9fafb', muted: '#9ca3af', panel: '#1f2937', drones: '#60a5fa', missiles: '#fb923c', neutralisation: '#4ade80' };

function Card({ card }: { card: PreviewCard }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 64,
        background: COLOURS.background,
        color: COLOURS.text,
        fontFamily: 'DejaVu Sans',
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 30, color: COLOURS.muted }}>
        <span style={{ fontWeight: 700, color: COLOURS.text }}>{card.site}</span>
        <span>{card.target}</span>
      </div>
      <div style={{ display: 'flex', fontSize: 56, fontWeight: 700, lineHeight: 1.15 }}>{card.title}</div>
      <div style={{ display: 'flex', gap: 24 }}>
        {card.stats.map((stat) => (
          <div
            key={stat.id}
            style={{ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flex: 1, height: 220, padding: '24px 28px', borderRadius: 16, background: COLOURS.panel }}
          >
            <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
              <div style={{ width: 56, height: 8, borderRadius: 4, background: COLOURS[stat.id] }} />
              <span style={{ fontSize: 26, color: COLOURS.muted, lineHeight: 1.2 }}>{stat.label}</span>
            </div>
            <span style={{ fontSize: 68, fontWeight: 700, lineHeight: 1 }}>{stat.value}</span>
          </div>
        ))}
      </div>
      <div style={{ display: 'flex', gap: 40, fontSize: 28, color: COLOURS.muted }}>
        {card.footer.map((line) => (
          <span key={line}>{line}</span>
        ))}
      </div>
    </div>
  );
}

/** The card as PNG bytes. */
export async function cardPng(card: PreviewCard): Promise<ArrayBuffer> {
  const { regular, bold } = await loadFonts();
  const image = new ImageResponse(<Card card={card} />, {
    width: IMAGE_WIDTH,
    height: IMAGE_HEIGHT,
    fonts: [
      { name: 'DejaVu Sans', data: regular, weight: 400, style: 'normal' },
      { name: 'DejaVu Sans', data: bold, weight: 700, style: 'normal' },
    ],
  });
  return image.arrayBuffer();
}
