/**
 * Looking at a workbook's bytes before exceljs does, so that a hostile or broken file gets a clear
 * message within a second instead of a hang: the old .xls/.et format and password-protected files
 * (both OLE compound files), zip bombs (sizes from the zip's central directory, and a cap while
 * inflating), sheets with too many rows (counted while inflating, stopping at the limit), links to
 * other workbooks. Browser-safe: DecompressionStream does the inflating.
 */

export const WORKBOOK_LIMITS = {
  /** Largest total unpacked size of a workbook. */
  maxUnpackedBytes: 200 * 1024 * 1024,
  /** Most rows read from one sheet. */
  maxRows: 10_000,
} as const;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

export type Sniffed =
  | { type: 'zip'; entries: Entry[] }
  | { type: 'old-format' }
  | { type: 'encrypted' }
  | { type: 'not-workbook'; detail?: string };

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** "EncryptedPackage" in UTF-16LE: the stream a password-protected .xlsx keeps its content in. */
function hasUtf16(bytes: Uint8Array, word: string): boolean {
  const pat = [...word].flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pat.length <= bytes.length; i++) {
    for (let j = 0; j < pat.length; j++) if (bytes[i + j] !== pat[j]) continue outer;
    return true;
  }
  return false;
}

/** What the bytes are: a zip (with its directory), an OLE file (.xls/.et or encrypted .xlsx), or neither. */
export function sniff(bytes: Uint8Array): Sniffed {
  if (CFB.every((b, i) => bytes[i] === b)) return hasUtf16(bytes, 'EncryptedPackage') ? { type: 'encrypted' } : { type: 'old-format' };
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return { type: 'not-workbook' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { type: 'not-workbook', detail: 'no zip directory' };
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries: Entry[] = [];
  const names = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return { type: 'not-workbook', detail: 'broken zip directory' };
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    entries.push({
      name: names.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      method: view.getUint16(p + 10, true),
      compressed: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) return { type: 'not-workbook', detail: 'no xl/workbook.xml' };
  return { type: 'zip', entries };
}

/** The entry's bytes as a stream of text chunks, stopping after `cap` bytes. */
async function* inflate(bytes: Uint8Array, e: Entry, cap: number): AsyncGenerator<string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
  const data = bytes.slice(start, start + e.compressed);
  const decoder = new TextDecoder();
  if (e.method === 0) {
    yield decoder.decode(data.subarray(0, cap));
    return;
  }
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > cap) throw new RangeError('unpacked too large');
      yield decoder.decode(value, { stream: true });
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

async function entryText(bytes: Uint8Array, e: Entry): Promise<string> {
  let s = '';
  for await (const chunk of inflate(bytes, e, 4 * 1024 * 1024)) s += chunk;
  return s;
}

export type WorkbookCheck =
  | { ok: true; externalLinks: boolean }
  | { ok: false; code: 'zip-bomb' | 'too-many-rows' | 'not-workbook'; params: Record<string, string | number> };

/** Checks sizes and rows before the workbook is loaded. */
export async function checkWorkbook(bytes: Uint8Array, entries: Entry[], limits = WORKBOOK_LIMITS): Promise<WorkbookCheck> {
  const total = entries.reduce((n, e) => n + e.size, 0);
  const mb = Math.round(limits.maxUnpackedBytes / 1024 / 1024);
  if (total > limits.maxUnpackedBytes || entries.some((e) => e.size > 0xfffffff0)) return { ok: false, code: 'zip-bomb', params: { limit: mb } };
  const book = entries.find((e) => e.name === 'xl/workbook.xml')!;
  let names: string[];
  try {
    names = [...(await entryText(bytes, book)).matchAll(/<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&quot;/g, '"'));
  } catch {
    return { ok: false, code: 'not-workbook', params: {} };
  }
  const sheets = entries.filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name)).sort((a, b) => sheetNo(a) - sheetNo(b));
  for (const e of sheets) {
    let rows = 0;
    let tail = '';
    try {
      for await (const chunk of inflate(bytes, e, limits.maxUnpackedBytes)) {
        const s = tail + chunk;
        rows += s.match(/<(?:\w+:)?row[\s>]/g)?.length ?? 0;
        tail = s.slice(-4); // a match needs 5 characters, so none is counted twice
        if (rows > limits.maxRows) break;
      }
    } catch (err) {
      if (err instanceof RangeError) return { ok: false, code: 'zip-bomb', params: { limit: mb } };
      return { ok: false, code: 'not-workbook', params: {} };
    }
    if (rows > limits.maxRows) {
      return { ok: false, code: 'too-many-rows', params: { sheet: names[sheetNo(e) - 1] ?? e.name, rows: `${limits.maxRows.toLocaleString('en')}+`, limit: limits.maxRows } };
    }
  }
  return { ok: true, externalLinks: entries.some((e) => e.name.startsWith('xl/externalLinks/')) };
}

const sheetNo = (e: Entry) => Number(/(\d+)\.xml$/.exec(e.name)?.[1] ?? 0);
