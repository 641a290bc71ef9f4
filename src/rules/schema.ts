// JSON Schema of a rule file entry (design §5); unknown fields are errors.

const stringList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

export const ruleSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'type', 'title', 'severity', 'examples'],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+$' },
    type: { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$' },
    title: {
      type: 'object', additionalProperties: false, required: ['en', 'fr'],
      properties: { en: { type: 'string', minLength: 1 }, fr: { type: 'string', minLength: 1 } },
    },
    description: { type: 'string' },
    severity: { enum: ['low', 'medium', 'high', 'critical'] },
    confidence: { type: 'number', minimum: 0, maximum: 1 },
    detector: { type: 'string', minLength: 1 },
    pattern: { type: 'string', minLength: 1 },
    patterns: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    flags: { type: 'string', pattern: '^[ims]*$' },
    keywords: stringList,
    validate: stringList,
    context: {
      type: 'object', additionalProperties: false,
      properties: {
        words: stringList,
        exclude: stringList,
        window: { type: 'integer', minimum: 1, maximum: 2000 },
        after: { type: 'integer', minimum: 0, maximum: 2000 },
        boost: { type: 'number', minimum: -1, maximum: 1 },
        penalty: { type: 'number', minimum: -1, maximum: 1 },
        required: { type: 'boolean' },
      },
    },
    allow: stringList,
    blocking: { type: 'boolean' },
    enabled: { type: 'boolean' },
    options: { type: 'object' },
    examples: {
      type: 'object', additionalProperties: false, required: ['match', 'no-match'],
      properties: { match: { type: 'array', items: { type: 'string' } }, 'no-match': { type: 'array', items: { type: 'string' } } },
    },
  },
} as const;
