/**
 * Marks, in the chapter's contents, the section the reader is in (aria-current="location"):
 * the last section whose heading has passed under the sticky bar. Loaded at idle by ./toc.ts.
 */
const links = [...document.querySelectorAll<HTMLAnchorElement>('.chapter-toc a[href^="#"]')];
const headings = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
let frame = 0;

function mark(): void {
  frame = 0;
  const line = innerHeight * 0.3;
  let current = -1;
  headings.forEach((h, i) => {
    if (h && h.getBoundingClientRect().top <= line) current = i;
  });
  links.forEach((a, i) => {
    if (i === current) a.setAttribute('aria-current', 'location');
    else a.removeAttribute('aria-current');
  });
}

addEventListener('scroll', () => (frame ||= requestAnimationFrame(mark)), { passive: true });
mark();

export {};
