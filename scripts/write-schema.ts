/**
 * Writes the feed's JSON Schema from the same valibot source as the runtime validator.
 *   node --import tsx scripts/write-schema.ts dist/feed.schema.json
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FeedSchema } from '../src/feed/schema.js';

export function feedJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(FeedSchema, { errorMode: 'ignore' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://civic-widgets.invalid/feed.schema.json',
    title: 'civic-widgets feed, version 1',
    description:
      'One JSON document with a plan\'s sections, tasks (with their dated progress updates), indicators, event categories and events. See docs/feed-format.md.',
  };
}

const out = process.argv[2];
if (out) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(feedJsonSchema(), null, 2) + '\n');
  console.log(`wrote ${out}`);
}
