// Colour decision: --no-color and NO_COLOR turn it off, FORCE_COLOR on, else only on a terminal.
import type { ChalkInstance } from 'chalk';
import type { CliIO } from './io.js';

export async function chalkFor(io: CliIO, colorFlag: boolean): Promise<ChalkInstance | null> {
  const env = io.env;
  if (!colorFlag) return null;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return null;
  const force = env['FORCE_COLOR'];
  if (force === '0' || force === 'false') return null;
  if (force === undefined && !io.stdout.isTTY) return null;
  const { Chalk } = await import('chalk');
  const level = force === '2' ? 2 : force === '3' ? 3 : 1;
  return new Chalk({ level });
}
