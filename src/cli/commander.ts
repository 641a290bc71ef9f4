// commander, loaded without its eager `child_process` import: that built-in loads `net` and `dgram`,
// and caviard must never load a network module (design §1; test/engine/offline.test.ts).
import Module, { createRequire } from 'node:module';
import type * as C from 'commander';

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;

function loadCommander(): typeof C {
  const loader = Module as unknown as { _load: Load };
  const original = loader._load;
  // child_process is only used by commander for executable sub-commands, which caviard has none
  // of: hand it a stand-in that loads the real module on first use only.
  let real: Record<string | symbol, unknown> | undefined;
  const lazy = new Proxy({}, {
    get: (_t, key) => (real ??= original('node:child_process', null, false) as Record<string | symbol, unknown>)[key],
  });
  loader._load = function (this: unknown, request, parent, isMain) {
    if (request === 'node:child_process' || request === 'child_process') return lazy;
    return original.call(this, request, parent, isMain);
  };
  try {
    return createRequire(import.meta.url)('commander') as typeof C;
  } finally {
    loader._load = original;
  }
}

const commander = loadCommander();
export const { Command, CommanderError, InvalidArgumentError, Option } = commander;
export type Command = C.Command;
export type CommanderError = C.CommanderError;
export type InvalidArgumentError = C.InvalidArgumentError;
export type Option = C.Option;
