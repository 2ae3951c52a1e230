/** The components a chapter's MDX can use without importing them. */
import Scrub from './Scrub.astro';
import Param from './Param.astro';
import Out from './Out.astro';
import Conclusion from './Conclusion.astro';
import Chart from './Chart.astro';
import Fact from './Fact.astro';
import Cite from './Cite.astro';
import ChapterLink from './ChapterLink.astro';
import SetButton from './SetButton.astro';
import TakeOutput from './TakeOutput.astro';
import MoatTable from './MoatTable.astro';
import EyesBrainHands from './EyesBrainHands.astro';
import Timeline from './Timeline.astro';
import Hindsight from './Hindsight.astro';
import Quote from './Quote.astro';
import Term from './Term.astro';
import ProseTable from './ProseTable.astro';

export const essayComponents = { Scrub, Param, Out, Conclusion, Chart, Fact, Cite, ChapterLink, SetButton, TakeOutput, MoatTable, EyesBrainHands, Timeline, Hindsight, Quote, Term, table: ProseTable };
