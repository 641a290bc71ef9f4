// Document-level signals run after scanning, in this order (see src/engine/analyze.ts).
import type { DocumentSignal } from '../engine/analyze.js';
import { tenderContext } from './tender-context.js';
import { publicCommunique } from './public-communique.js';

export const defaultSignals: DocumentSignal[] = [
  tenderContext,
  publicCommunique,
];
