// Numbering of placeholders: the same value (by entityKey) always gets the same placeholder.

export class Placeholders {
  private readonly byKey = new Map<string, string>();
  private readonly counters = new Map<string, number>();

  /** `[TYPE_n]` for this entity, numbered per type in order of first appearance. */
  for(type: string, entityKey: string): string {
    let p = this.byKey.get(entityKey);
    if (!p) {
      const n = (this.counters.get(type) ?? 0) + 1;
      this.counters.set(type, n);
      p = `[${type}_${n}]`;
      this.byKey.set(entityKey, p);
    }
    return p;
  }
}
