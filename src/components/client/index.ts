/** Every island's custom element, in one module: one request, one shared chunk. */
import './out';
import './conclusion';
import './scrub';
import './choice';
import './origin';
import './param';
import './chart';
import './scenario';
import './buttons';
import './tools';
import './theme';
import './toc';

// Page-specific elements are fetched only on a page that has them: they stay out of the first script.
if (document.querySelector('essay-hindsight-note, essay-hindsight')) void import('./hindsight');
if (document.querySelector('essay-moats')) void import('./moats');
if (document.querySelector('essay-print-card')) void import('./print-card');
