/**
 * A short description of a recurring event's rule, for its details: "Every year on the autumn
 * equinox" (每年秋分), "Every year on day 15 of lunar month 1" (每年农历正月十五), "Every year, in
 * October, on the 3rd Sunday". Rules outside what it can say give "Repeats".
 */
import { msg, str } from '@lit/localize';
import type { Recurrence } from '../../../feed/types.js';
import { monthNames, weekdayNames } from '../when.js';
import { lunarModule } from '../lunar-on-demand.js';
import { recurrenceModule } from '../recurrence-on-demand.js';

// The rule parser comes with the expansion (recurrence.ts, loaded on demand): an occurrence, the
// only thing described here, exists only once that module is in. So the calendar's own file
// carries no rule parser (it would otherwise sit in every feed widget's shared chunk).
const rules = () => recurrenceModule();

const LUNAR_MONTHS = ['正', '二', '三', '四', '五', '六', '七', '八', '九', '十', '冬', '腊'];

/** The term's name: Chinese from the lunar module (loaded for such rules), else the contract's id in words. */
function termName(id: string, lang: string): string {
  const index = ((rules()?.SOLAR_TERM_IDS ?? []) as readonly string[]).indexOf(id);
  const zh = lunarModule()?.SOLAR_TERMS[index];
  return lang === 'zh-Hans' && zh ? zh : id.replace(/-/g, ' ');
}

function lunarText(month: number, day: number, leap: boolean, lang: string): string {
  if (lang === 'zh-Hans') {
    const dayName = lunarModule()?.lunarDayName(day) ?? `${day}日`;
    return `${leap ? '闰' : ''}${LUNAR_MONTHS[month - 1] ?? month}月${dayName}`;
  }
  return leap ? msg(str`day ${day} of leap lunar month ${month}`) : msg(str`day ${day} of lunar month ${month}`);
}

/** "the third" (第三个), "the last" (最后一个): the nth weekday of BYDAY. */
function ordinal(n: number): string {
  if (n < 0) return msg('the last');
  const words = [msg('the first'), msg('the second'), msg('the third'), msg('the fourth'), msg('the fifth')];
  return words[n - 1] ?? msg(str`number ${n}`);
}

function rruleText(text: string, lang: string): string {
  const r = rules();
  const rule = r?.parseRRule(text);
  if (!r || !rule || r.isRRuleError(rule)) return msg('Repeats');
  const n = rule.interval;
  const every =
    rule.freq === 'YEARLY'
      ? n > 1 ? msg(str`Every ${n} years`) : msg('Every year')
      : rule.freq === 'MONTHLY'
        ? n > 1 ? msg(str`Every ${n} months`) : msg('Every month')
        : n > 1 ? msg(str`Every ${n} weeks`) : msg('Every week');
  const parts: string[] = [every];
  const list = (items: string[]) => items.join(lang === 'zh-Hans' ? '、' : ', ');
  const months = rule.byMonth && list(rule.byMonth.map((m) => monthNames(lang)[m - 1]));
  const monthDays = rule.byMonthDay && list(rule.byMonthDay.map(String));
  if (months) parts.push(msg(str`in ${months}`));
  if (monthDays) parts.push(msg(str`on day ${monthDays}`));
  if (rule.byDay) {
    const names = weekdayNames(lang, 1).map(([, long]) => long);
    const days = rule.byDay.map((b) =>
      b.nth === 0 ? names[b.weekday] : `${ordinal(b.nth)}${lang === 'zh-Hans' ? '' : ' '}${names[b.weekday]}`,
    );
    parts.push(msg(str`on ${list(days)}`));
  }
  return parts.join(lang === 'zh-Hans' ? '' : ', ');
}

/** What the details say of a recurring event's rule. */
export function repeatText(r: Recurrence, lang: string): string {
  if (r.solarTerm) {
    const term = termName(r.solarTerm, lang);
    return msg(str`Every year on the ${term}`);
  }
  if (r.lunar) {
    const date = lunarText(r.lunar.month, r.lunar.day, !!r.lunar.leap, lang);
    return msg(str`Every year on ${date}`);
  }
  if (r.rrule) return rruleText(r.rrule, lang);
  return msg('Repeats');
}
