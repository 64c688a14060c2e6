/**
 * The ledger corpus (test/fixtures/ledgers): each ledger, as .xlsx and as its CSV saves in GB18030
 * and UTF-8 with BOM, becomes the feed written by hand for it. Checked on the document before
 * validation, since `tasks[].updates` is new to the feed contract (the validator may not keep it yet).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readLedger } from '../../src/cli/ledger.js';
import { corpus, toCsv, toXlsx, type Ledger } from '../fixtures/ledgers/ledgers.js';

const pick = (doc: Record<string, unknown>, expect: Record<string, unknown>) => Object.fromEntries(Object.keys(expect).map((k) => [k, doc[k]]));

async function check(l: Ledger, name: string, bytes: Uint8Array) {
  const r = await readLedger([{ name, bytes, kind: name.endsWith('.csv') ? 'tasks' : undefined }], { lang: 'zh' });
  const errors = r.problems.filter((p) => p.severity === 'error').map((p) => p.text);
  assert.deepEqual(errors, [], `${name}: no errors`);
  assert.ok(r.ok, name);
  assert.deepEqual(pick(r.doc!, l.expect), l.expect, name);
  assert.ok(r.feed, name);
}

for (const l of corpus()) {
  test(`ledger ${l.name}: the workbook becomes its feed`, async () => {
    await check(l, `${l.name}.xlsx`, await toXlsx(l));
  });
  if (!l.sheets) {
    test(`ledger ${l.name}: its CSV saves (GB18030, UTF-8 with BOM) become the same feed`, async () => {
      await check(l, `${l.name}.csv`, toCsv(l, 'gb18030'));
      await check(l, `${l.name}.csv`, toCsv(l, 'utf-8-bom'));
    });
  }
}

test('the corpus has at least 12 ledgers', () => {
  assert.ok(corpus().length >= 12);
});
