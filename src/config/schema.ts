// JSON Schema of .caviard.yaml (design §9); unknown fields are errors.

const stringList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const level = { enum: ['low', 'medium', 'high', 'critical', 'off'] } as const;

export const configSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    /** `defaults` (built-in rules plus these settings) or `none` (only the rules listed here). */
    extends: { enum: ['defaults', 'none'] },
    /** Extra rule files (YAML), relative to the configuration file. */
    rules: stringList,
    /** Rule ids to turn off. */
    disable: stringList,
    /** Severity overrides per rule id. */
    severity: { type: 'object', additionalProperties: { enum: ['low', 'medium', 'high', 'critical'] } },
    failOn: level,
    minConfidence: { type: 'number', minimum: 0, maximum: 1 },
    /** Tender documents: `amounts` redact (default) | report (reported, not redacted) | off. */
    tender: { type: 'object', additionalProperties: false, properties: { amounts: { enum: ['redact', 'report', 'off'] } } },
    /** Internal domains of the organisation: URLs and host names under them are INTERNAL_URL findings. */
    internalDomains: { type: 'array', items: { type: 'string', pattern: '^(?:\\*\\.|\\.)?[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?$' } },
    /** Organisation term lists (relative to this file): a path, or { file, type, severity, blocking }. */
    terms: { type: 'array', items: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'object', additionalProperties: false, required: ['file'], properties: { file: { type: 'string', minLength: 1 }, type: { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$' }, severity: { enum: ['low', 'medium', 'high', 'critical'] }, blocking: { type: 'boolean' } } }] } },
    allowlist: {
      type: 'object', additionalProperties: false,
      properties: { values: stringList, patterns: stringList, fingerprints: stringList },
    },
  },
} as const;
