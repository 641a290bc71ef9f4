// Registry of detector kinds a rule may name in `detector:` (default `pattern`).
import type { DetectorFactory } from './detector.js';
import { patternDetector } from './pattern.js';

export const detectors: Record<string, DetectorFactory> = {
  pattern: patternDetector,
};
