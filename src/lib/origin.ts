/** The origin of a number in words, for the reader. */
import type { Origin } from './model/kit';
import { SOURCES } from './sources';

export function describeOrigin(origin: Origin): { badge: string; text: string } {
  switch (origin.kind) {
    case 'reader':
      return { badge: 'yours', text: `Yours: ${origin.note}.` };
    case 'essay': {
      const via = origin.via ? ` (which took it from ${SOURCES[origin.via].publisher}, ${SOURCES[origin.via].date})` : '';
      const note = origin.note ? `; ${origin.note}` : '';
      return { badge: 'essay', text: `The essay’s figure${via}${note}.` };
    }
    case 'source': {
      const s = SOURCES[origin.source];
      const note = origin.note ? `: ${origin.note}` : '';
      return { badge: 'source', text: `Source: ${s.publisher}, ${s.date}${note}.` };
    }
    case 'assumption': {
      const s = origin.source ? ` (see ${SOURCES[origin.source].publisher}, ${SOURCES[origin.source].date})` : '';
      return { badge: 'assumption', text: `Assumption: ${origin.note}${s}.` };
    }
  }
}

/** The origin of a computed number: its formula. */
export function describeFormula(formula: string): { badge: string; text: string } {
  return { badge: 'computed', text: `Computed: ${formula}.` };
}
