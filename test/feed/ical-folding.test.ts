/**
 * Every physical line of a generated .ics is at most 75 octets (RFC 5545 §3.1), the first line
 * and every continuation line with its leading space, and no line is cut inside a UTF-8
 * character. Long Chinese texts (3 octets a character) fill continuation lines to the limit,
 * which the demo feed's short summaries never did.
 */
import { expect } from '@open-wc/testing';
import { toICalendar } from '../../src/feed/ical.js';
import { validate } from '../../src/feed/validate.js';
import type { Feed } from '../../src/feed/types.js';

const NOW = new Date('2026-11-29T08:00:00Z');
const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

function feedWith(summary: string, title = '密云区重点任务推进会'): Feed {
  const r = validate({
    version: 1,
    id: 'folding',
    lang: 'zh-Hans',
    title: '折行测试',
    timeZone: 'Asia/Shanghai',
    events: [{ id: 'e1', title, start: '2024-10-20T09:00', end: '2024-10-20T11:00', summary }],
  });
  if (!r.feed) throw new Error('invalid test feed');
  return r.feed;
}

/** The physical lines of an .ics text (CRLF-separated, without the final empty one). */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).to.equal(true);
  expect(/[^\r]\n|\r(?!\n)/.test(ics), 'a bare LF or CR').to.equal(false);
  return ics.slice(0, -2).split('\r\n');
}

/** Unfolds (RFC 5545: CRLF followed by one space) into content lines. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

const LONG_CHINESE =
  '本次推进会将通报密云区二〇二四年高标准农田建设、水源保护和乡村振兴重点任务的完成情况，' +
  '听取各镇街和相关委办局的工作汇报，研究解决推进中遇到的困难和问题，部署下一阶段的重点工作，' +
  '并邀请市民代表、人大代表和政协委员列席会议，现场回答群众关心的问题。';

function expectFolded(ics: string): void {
  const lines = physicalLines(ics);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const line of lines) {
    expect(octets(line), `${octets(line)} octets: ${line}`).to.be.at.most(75);
    // Each physical line decodes on its own: no character is cut in two.
    expect(decoder.decode(encoder.encode(line))).to.equal(line);
  }
}

describe('iCalendar line folding (75 octets)', () => {
  it('folds a long Chinese description into lines of at most 75 octets, continuation lines included', () => {
    const ics = toICalendar(feedWith(LONG_CHINESE.repeat(3)), undefined, { now: NOW });
    expectFolded(ics);
    const lines = physicalLines(ics);
    const continuations = lines.filter((l) => l.startsWith(' '));
    expect(continuations.length).to.be.greaterThan(5);
    // The continuation lines are filled: 24 characters of 3 octets and the space (73 octets).
    expect(Math.max(...continuations.map(octets))).to.equal(73);
    expect(unfold(ics)).to.contain(`DESCRIPTION:${LONG_CHINESE.repeat(3)}`);
  });

  it('keeps every alignment of 1-, 3- and 4-octet characters within 75 octets', () => {
    for (let ascii = 0; ascii < 6; ascii++) {
      const summary = 'a'.repeat(ascii) + LONG_CHINESE + '🌾田'.repeat(30) + 'x'.repeat(200);
      const ics = toICalendar(feedWith(summary, 'T'.repeat(ascii) + '会'.repeat(40)), undefined, { now: NOW });
      expectFolded(ics);
      expect(unfold(ics)).to.contain(`DESCRIPTION:${summary}`);
    }
  });

  it('fills an ASCII continuation line to exactly 75 octets (the space and 74 characters), never 76', () => {
    const ics = toICalendar(feedWith('x'.repeat(400)), undefined, { now: NOW });
    expectFolded(ics);
    const continuations = physicalLines(ics).filter((l) => l.startsWith(' '));
    expect(continuations.map(octets)).to.include(75);
  });
});
