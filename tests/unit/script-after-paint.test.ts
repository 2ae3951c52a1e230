// The build step that moves a page's module script behind its first paint (src/integrations/script-after-paint.ts).
import { describe, expect, it } from 'vitest';
import { LOADER, moveScript } from '../../src/integrations/script-after-paint';

const page = (body: string) => `<html><head><meta charset="utf-8"><title>t</title></head><body><p>text</p>${body}</body></html>`;

describe('moveScript', () => {
  it('replaces the module script with the loader in the head, naming the files it asks for', () => {
    const html = moveScript(page('<script type="module" src="/essay/_astro/entry.js"></script>'), (src) => [src.replace('entry', 'essay'), '/essay/_astro/more.js']);
    expect(html).toBe(page('').replace('</head>', `<script data-modules="/essay/_astro/essay.js /essay/_astro/more.js">${LOADER}</script></head>`));
  });

  it('leaves a page without a module script as it is', () => {
    expect(moveScript(page(''), () => ['/x.js'])).toBe(page(''));
  });

  it('stops the build on a page with two module scripts, which the loader cannot order', () => {
    expect(() => moveScript(page('<script type="module" src="/a.js"></script><script type="module" src="/b.js"></script>'), (s) => [s])).toThrow(/one module script/);
  });
});
