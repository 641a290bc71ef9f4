// Registry of detector kinds a rule may name in `detector:` (default `pattern`).
import type { DetectorFactory } from './detector.js';
import { patternDetector } from './pattern.js';
import { internalUrlDetector } from './internal-url.js';

export const detectors: Record<string, DetectorFactory> = {
  pattern: patternDetector,
  'internal-url': internalUrlDetector,
};
