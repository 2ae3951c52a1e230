/**
 * Leaves the blocks of prose far from the window undrawn (`data-far`, whose
 * `content-visibility: auto` is in global.css), so that a step on a number
 * lays out and paints the paragraphs and the chart in view, not the whole
 * chapter (docs/PERFORMANCE.md). Fetched with the first redraw (chart-ahead.ts),
 * so every block has been drawn, and its height kept, before it is marked.
 *
 * A block is marked once it is more than two windows away: further than the
 * browser's own margin for drawing such a block again, so marking it changes
 * nothing on screen. Not marked: headings (the contents and links jump to
 * them) and the blocks with a conclusion, whose sentence is read out when it
 * changes (conclusion.ts reads `innerText`, which is empty for an undrawn block).
 */
const far = new IntersectionObserver(
  (entries) => {
    for (const e of entries) {
      if (e.isIntersecting) continue;
      (e.target as HTMLElement).dataset.far = '';
      far.unobserve(e.target);
    }
  },
  { rootMargin: '200% 0px' },
);
for (const block of document.querySelectorAll('.prose > :not(h2, h3, essay-conclusion, :has(essay-conclusion))')) far.observe(block);
