#!/usr/bin/env node
import { runTsCli } from "../../run-ts-cli.mjs";

await runTsCli(import.meta.url);
