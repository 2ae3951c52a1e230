/**
 * The origin of a number in words, for the reader (the words: lib/ui/en/origin.ts). `kind` is a key
 * (the colours and data-origin-kind use it), `badge` its word and `text` the note.
 */
import type { Origin } from './model/kit';
import { SOURCES } from './sources';
import {
  ASSUMPTION_BADGE,
  COMPUTED_BADGE,
  ESSAY_BADGE,
  SOURCE_BADGE,
  YOURS_BADGE,
  assumptionOrigin,
  computedOrigin,
  essayOrigin,
  sourceOrigin,
  yoursOrigin,
} from './ui/en/origin';

export type OriginKind = 'yours' | 'essay' | 'source' | 'assumption' | 'computed';

export interface DescribedOrigin {
  readonly kind: OriginKind;
  readonly badge: string;
  readonly text: string;
}

export function describeOrigin(origin: Origin): DescribedOrigin {
  switch (origin.kind) {
    case 'reader':
      return { kind: 'yours', badge: YOURS_BADGE, text: yoursOrigin(origin.note) };
    case 'essay':
      return { kind: 'essay', badge: ESSAY_BADGE, text: essayOrigin(origin.via ? SOURCES[origin.via] : undefined, origin.note) };
    case 'source': {
      const s = SOURCES[origin.source];
      return { kind: 'source', badge: SOURCE_BADGE, text: sourceOrigin(s.publisher, s.date, origin.note) };
    }
    case 'assumption':
      return { kind: 'assumption', badge: ASSUMPTION_BADGE, text: assumptionOrigin(origin.note, origin.source ? SOURCES[origin.source] : undefined) };
  }
}

/** The origin of a computed number: its formula. */
export function describeFormula(formula: string): DescribedOrigin {
  return { kind: 'computed', badge: COMPUTED_BADGE, text: computedOrigin(formula) };
}
