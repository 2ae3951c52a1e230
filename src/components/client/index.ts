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
import './hindsight';
import './moats';
import './print-card';
import './theme';
import './toc';
