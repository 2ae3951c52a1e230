/** The chapter's contents mark the section being read; the code that does it loads when the page is idle. */
if (document.querySelector('.chapter-toc'))
  ('requestIdleCallback' in window ? requestIdleCallback : setTimeout)(() => void import('./toc-spy'));
