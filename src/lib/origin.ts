/** The origin of a number in words, for the reader (the words: lib/ui/en/origin.ts). */
import type { Origin } from './model/kit';
import { SOURCES } from './sources';
import { assumptionOrigin, computedOrigin, essayOrigin, sourceOrigin, yoursOrigin } from './ui/en/origin';

export function describeOrigin(origin: Origin): { badge: string; text: string } {
  switch (origin.kind) {
    case 'reader':
      return { badge: 'yours', text: yoursOrigin(origin.note) };
    case 'essay':
      return { badge: 'essay', text: essayOrigin(origin.via ? SOURCES[origin.via] : undefined, origin.note) };
    case 'source': {
      const s = SOURCES[origin.source];
      return { badge: 'source', text: sourceOrigin(s.publisher, s.date, origin.note) };
    }
    case 'assumption':
      return { badge: 'assumption', text: assumptionOrigin(origin.note, origin.source ? SOURCES[origin.source] : undefined) };
  }
}

/** The origin of a computed number: its formula. */
export function describeFormula(formula: string): { badge: string; text: string } {
  return { badge: 'computed', text: computedOrigin(formula) };
}
