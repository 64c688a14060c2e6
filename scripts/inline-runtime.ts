/**
 * A Vite plugin for the self-host builds: rolldown's runtime helpers go into the chunks that use
 * them instead of a file of their own.
 *
 * Why: a module loaded with import() from a chunk that holds other modules too (the feed layer,
 * the expansion of recurring events) needs its namespace object made by a helper of rolldown's
 * runtime (`__exportAll`, about 150 bytes). Rolldown puts that helper in a file of its own,
 * chunks/rolldown-runtime-….js, which the code-splitting groups cannot place (they never see
 * rolldown's runtime module; scripts/chunks.mjs), and which the feed layer imports statically.
 * So the feed layer could only run one round trip after it had arrived: on the slow-network
 * profile (docs/performance.md) the runtime file was requested once the feed layer had been
 * parsed and came 170 ms later, while the feed waited to be validated.
 *
 * What: each chunk that imports the runtime gets the helpers at the place of its import, as a
 * constant made by the runtime's own code (`const{t:e}=(()=>{…;return{t}})();`), and the runtime
 * file is deleted. Rolldown's code is copied unchanged into each chunk that uses it (two in the
 * per-widget build). The files are rewritten once written (writeBundle), with their source maps
 * (magic-string and remapping): rolldown ignores a source map changed in generateBundle.
 * A chunk that gets the helpers also gets a new hash (augmentChunkHash), so a browser that cached
 * the same name from an earlier build (one importing the runtime file) cannot keep using it.
 */
import remapping from '@jridgewell/remapping';
import MagicString from 'magic-string';
import { readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** A built file: its code, and its source map when it has one. */
export interface BuiltFile {
  code: string;
  map?: { mappings: string; sources: (string | null)[]; [key: string]: unknown };
}

/** Rolldown's runtime file (`chunks/rolldown-runtime-DK3Fl9T5.js`; `all-` in the one-file build). */
const RUNTIME_FILE = /(^|\/)(?:[\w-]+-)?rolldown-runtime-[\w-]+\.js$/;
/** The same before the hashes are known (`chunks/rolldown-runtime-!~{003}~.js`). */
const RUNTIME_NAME = /(^|\/)(?:[\w-]+-)?rolldown-runtime-/;
const EXPORTS = /\bexport\s*\{([^}]*)\};?\s*$/;
const MAP_COMMENT = /\n?\/\/# sourceMappingURL=[^\n]*\s*$/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const baseName = (file: string) => file.slice(file.lastIndexOf('/') + 1);

/** `a as b, c` → [["a", "b"], ["c", "c"]]. */
function specifiers(list: string): Array<[string, string]> {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [first, second = first] = s.split(/\s+as\s+/);
      return [first!, second!];
    });
}

/** `{ name: local }` for a destructuring pattern or an object literal, short when the same. */
const pairs = (list: Array<[string, string]>) =>
  list.map(([key, value]) => (key === value ? key : `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}:${value}`)).join(',');

/**
 * Inlines rolldown's runtime file(s) among `files` (keyed by their path in the output folder)
 * into the files that import them, and removes them from `files`. Returns the changed files' names
 * and the removed ones. Throws when the runtime is not a self-contained module with one export
 * list, or an importer's import of it cannot be found: rolldown's output changed, and a failed
 * build is better than a page that loads nothing.
 */
export function inlineRuntime(files: Map<string, BuiltFile>): { changed: string[]; removed: string[] } {
  const changed = new Set<string>();
  const removed: string[] = [];
  for (const [runtimeName, runtime] of [...files]) {
    if (!RUNTIME_FILE.test(runtimeName)) continue;
    const code = runtime.code.replace(MAP_COMMENT, '');
    const exported = EXPORTS.exec(code);
    if (!exported || /\bimport\b/.test(code)) throw new Error(`inline-runtime: ${runtimeName} is not a self-contained module with one export list`);
    const body = code.slice(0, exported.index).trim().replace(/;?$/, ';');
    // The runtime's exports: [local, exported name] → an object { exported: local }.
    const helpers = `(()=>{${body}return{${pairs(specifiers(exported[1]!).map(([local, name]) => [name, local]))}}})()`;
    const importOf = new RegExp(`\\bimport\\s*\\{([^}]*)\\}\\s*from\\s*["'](?:\\.{1,2}/)+(?:[\\w-]+/)*${escape(baseName(runtimeName))}["'];?`);
    for (const [name, file] of files) {
      if (name === runtimeName || !file.code.includes(baseName(runtimeName))) continue;
      const found = importOf.exec(file.code);
      if (!found) throw new Error(`inline-runtime: ${name} mentions ${runtimeName}, but its import statement was not found`);
      const s = new MagicString(file.code);
      // import { t as e } → const { t: e } = helpers
      s.overwrite(found.index, found.index + found[0].length, `const{${pairs(specifiers(found[1]!))}}=${helpers};`);
      if (file.map) {
        const edit = s.generateMap({ hires: true, source: name, includeContent: false });
        // The merged map whole (its sources, their contents and ignoreList agree with its
        // mappings); only the file name is the old map's.
        const merged = JSON.parse(remapping([edit.toString(), JSON.stringify(file.map)], () => null).toString()) as BuiltFile['map'] & object;
        file.map = { ...merged, file: file.map.file };
      }
      file.code = s.toString();
      changed.add(name);
    }
    files.delete(runtimeName);
    removed.push(runtimeName);
  }
  return { changed: [...changed], removed };
}

export function inlineRolldownRuntime(): Plugin {
  return {
    name: 'civic-inline-rolldown-runtime',
    apply: 'build',
    augmentChunkHash(chunk) {
      return chunk.imports.some((f) => RUNTIME_NAME.test(f)) ? 'rolldown runtime inlined' : undefined;
    },
    writeBundle(options, bundle) {
      const dir = options.dir;
      if (!dir) return;
      const files = new Map<string, BuiltFile>();
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        const path = join(dir, item.fileName);
        const mapPath = `${path}.map`;
        files.set(item.fileName, { code: readFileSync(path, 'utf8'), map: existsSync(mapPath) ? JSON.parse(readFileSync(mapPath, 'utf8')) : undefined });
      }
      const { changed, removed } = inlineRuntime(files);
      for (const name of changed) {
        const file = files.get(name)!;
        writeFileSync(join(dir, name), file.code);
        if (file.map) writeFileSync(join(dir, `${name}.map`), JSON.stringify(file.map));
      }
      for (const name of removed) {
        rmSync(join(dir, name), { force: true });
        rmSync(join(dir, `${name}.map`), { force: true });
      }
    },
  };
}
