/** The components a chapter's MDX can use without importing them. */
import Scrub from './Scrub.astro';
import Param from './Param.astro';
import Out from './Out.astro';
import Conclusion from './Conclusion.astro';
import Chart from './Chart.astro';
import Fact from './Fact.astro';
import Cite from './Cite.astro';

export const essayComponents = { Scrub, Param, Out, Conclusion, Chart, Fact, Cite };
