#!/usr/bin/env node
// caviard command-line entry point: run the CLI, set the exit code (never process.exit mid-write).
import { run } from '../dist/cli/run.js';

process.exitCode = await run(process.argv.slice(2));
