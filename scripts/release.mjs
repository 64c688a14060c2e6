#!/usr/bin/env node
/**
 * npm run release: the files of a release, in release/ (not committed):
 *   civic-widgets-<version>.tgz                 the npm package (npm pack), for `npm install ./….tgz`
 *   civic-widgets-<version>-self-host.zip       the self-host build (dist/self-host/ without source
 *                                               maps) and docs/embedding.md, for an editor who has
 *                                               only a CMS: unzip, copy the folder to the server
 *   SHA256SUMS                                  their SHA-256 checksums (check: sha256sum -c SHA256SUMS)
 * Builds first (node scripts/build.mjs) unless --no-build. Needs the `zip` command.
 */
import { execFileSync, execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SELF_HOST } from './chunks.mjs';

const OUT = 'release';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

if (!process.argv.includes('--no-build')) execSync('node scripts/build.mjs', { stdio: 'inherit' });

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT);

const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', OUT], { encoding: 'utf8' }));

// The zip holds one folder, named for the version, so unzipping never scatters files.
const folder = `${pkg.name}-${pkg.version}-self-host`;
const staging = join(OUT, folder);
cpSync(SELF_HOST, staging, { recursive: true, filter: (src) => !src.endsWith('.map') });
cpSync('docs/embedding.md', join(staging, 'embedding.md'));
const zip = `${folder}.zip`;
// -X: no extra file attributes (owner ids, times in extra fields); -q: quiet.
execFileSync('zip', ['-r', '-X', '-q', zip, folder], { cwd: OUT });
rmSync(staging, { recursive: true });

const sums = [packed.filename, zip].map((f) => `${createHash('sha256').update(readFileSync(join(OUT, f))).digest('hex')}  ${f}`);
writeFileSync(join(OUT, 'SHA256SUMS'), sums.join('\n') + '\n');
console.log(`\n${OUT}/:\n${sums.join('\n')}`);
