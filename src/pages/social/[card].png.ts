/** Each page's social card, drawn at build time (src/lib/social/render.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { socialCards } from '../../lib/social/cards';
import { renderCard } from '../../lib/social/render';
import type { SocialCard } from '../../lib/social/card-data';

export const getStaticPaths = (async () => (await socialCards()).map((card) => ({ params: { card: card.id }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) =>
  new Response(new Uint8Array(await renderCard(props.card)), { headers: { 'Content-Type': 'image/png' } });
