#!/usr/bin/env node
// caviard command-line entry point: run the CLI (one bundled file: faster start-up), set the exit code.
import { run } from '../dist/caviard.mjs';

process.exitCode = await run(process.argv.slice(2));
