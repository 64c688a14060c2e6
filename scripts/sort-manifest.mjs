#!/usr/bin/env node
/** Sorts custom-elements.json's modules by path, so the generated file is the same on every run. */
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
writeFileSync('custom-elements.json', JSON.stringify(manifest, null, 2) + '\n');
