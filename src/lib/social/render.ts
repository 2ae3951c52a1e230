/**
 * Draws a social card, 1200×630, at build time: satori lays out the text with the fonts below and
 * turns it into SVG paths; sharp rasterises the SVG to PNG. Nothing here reaches the pages' JS.
 *
 * Type and colours follow src/styles/global.css (light theme): headings in the UI sans (Roboto,
 * from the `--font-ui` stack), text in the body serif (Charis SIL, the open version of Charter,
 * first in `--font-body`). Both fonts come from npm (@fontsource, SIL Open Font License 1.1);
 * their Latin subsets cover every title and claim, so no CJK font is loaded.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import type { SocialCard } from './card-data';
import { CARD_HEIGHT, CARD_WIDTH } from './size';
import { CARD_CREDIT } from '../ui/en/social';

const COLORS = { bg: '#fbfaf7', fg: '#1d1f24', muted: '#5a5f6b', rule: '#d9d6cf', accent: '#1f5f99', panel: '#f1efe9' } as const;

// Resolved from the project (the build's working directory), wherever Astro puts its build chunks.
const require = createRequire(join(process.cwd(), 'package.json'));
const font = (file: string): Buffer => readFileSync(require.resolve(`@fontsource/${file}`));

let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;
function loadFonts() {
  fonts ??= [
    { name: 'Roboto', data: font('roboto/files/roboto-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Roboto', data: font('roboto/files/roboto-latin-700-normal.woff'), weight: 700, style: 'normal' },
    { name: 'Charis SIL', data: font('charis-sil/files/charis-sil-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Charis SIL', data: font('charis-sil/files/charis-sil-latin-700-normal.woff'), weight: 700, style: 'normal' },
  ];
  return fonts;
}

interface Node {
  type: string;
  props: { style: Record<string, string | number>; children: string | Node | (string | Node | false | undefined)[] };
}
const el = (style: Record<string, string | number>, children: Node['props']['children']): Node => ({ type: 'div', props: { style, children } });

/** The card as satori's element tree. */
function layout(card: SocialCard): Node {
  const width = CARD_WIDTH - 2 * 72;
  const long = card.claim.length > 170;
  return el({ width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', flexDirection: 'column', background: COLORS.bg, color: COLORS.fg }, [
    el({ display: 'flex', width: CARD_WIDTH, height: 14, background: COLORS.accent }, ''),
    el({ display: 'flex', flexDirection: 'column', width, flexGrow: 1, margin: '44px 72px 48px' }, [
      el({ display: 'flex', fontFamily: 'Roboto', fontSize: 26, color: COLORS.muted }, card.kicker),
      // Long words end in an ellipsis rather than run into the figure: two lines of title, four of claim.
      el({ display: 'block', width, fontFamily: 'Roboto', fontWeight: 700, fontSize: card.title.length > 44 ? 52 : 60, lineHeight: 1.15, marginTop: 16, lineClamp: 2 }, card.title),
      el({ display: 'block', width, fontFamily: 'Charis SIL', fontSize: long ? 28 : 32, lineHeight: 1.4, marginTop: 20, lineClamp: 4 }, card.claim),
      el({ display: 'flex', flexGrow: 1 }, ''),
      el(
        { display: 'flex', alignItems: 'center', width, borderTop: `2px solid ${COLORS.rule}`, paddingTop: 20 },
        card.figure
          ? [
              el({ display: 'flex', fontFamily: 'Charis SIL', fontWeight: 700, fontSize: 56, color: COLORS.accent, marginRight: 28, flexShrink: 0 }, card.figure.value),
              el({ display: 'block', fontFamily: 'Roboto', fontSize: 25, lineHeight: 1.3, color: COLORS.muted, flexShrink: 1, lineClamp: 2 }, card.figure.label),
            ]
          : // A chapter without a headline figure yet: the credit instead.
            el({ display: 'flex', fontFamily: 'Roboto', fontSize: 25, color: COLORS.muted }, CARD_CREDIT),
      ),
    ]),
  ]);
}

/** The card as a PNG, 1200×630. */
export async function renderCard(card: SocialCard): Promise<Buffer> {
  const svg = await satori(layout(card) as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() });
  return sharp(Buffer.from(svg)).png().toBuffer();
}
