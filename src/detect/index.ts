// Registry of detector kinds a rule may name in `detector:` (default `pattern`).
import type { DetectorFactory } from './detector.js';
import { patternDetector } from './pattern.js';
import { postalAddressDetector } from './address/index.js';
import { internalUrlDetector } from './internal-url.js';
import { tenderAmountDetector } from './tender/amount.js';
import { markingDetector } from './markings/marking-detector.js';
import { termsDetector } from './terms/terms-detector.js';
import { personNamesDetector } from './person/person-detector.js';

export const detectors: Record<string, DetectorFactory> = {
  pattern: patternDetector,
  'person-names': personNamesDetector,
  'postal-address': postalAddressDetector,
  'internal-url': internalUrlDetector,
  'tender-amount': tenderAmountDetector,
  marking: markingDetector,
  terms: termsDetector,
};
