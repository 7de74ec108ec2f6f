// How sure the parser is of each task: that it is a task, of its lead unit, of its deadline (each 0..1).
import { UNDATED, type Deadline } from './deadline';
import { TASK_VERB_INSIDE, TASK_VERB_START, looksLikeUnit } from './vocab';

/** Where a task's lead unit came from, strongest first. */
export type LeadSource =
  | 'field' // "Đơn vị chủ trì: X", a table's chủ trì column, "Giao X chủ trì"
  | 'heading' // a unit heading, a preface or a trailing unit line over the item
  | 'person' // "Đồng chí …: phụ trách …"
  | 'subject' // the sentence's subject ("Sở X chủ động …")
  | 'addressee' // "Đối với X:"
  | 'none';

const SOURCE_CONFIDENCE: Record<LeadSource, number> = {
  field: 0.95,
  heading: 0.9,
  person: 0.85,
  subject: 0.75,
  addressee: 0.6,
  none: 0.7,
};

/** Confidence that an item is a task: an opening verb is sure, a bare noun phrase is doubtful. */
export function taskConfidence(text: string, lead: string | null): number {
  const t = text.trim();
  const rest = lead && t.startsWith(lead) ? t.slice(lead.length).replace(/^[\s,:;-]+/, '') : t;
  if (TASK_VERB_START.test(rest)) return 0.95;
  const words = t.split(/\s+/);
  const head = words.slice(0, 14).join(' ');
  if (TASK_VERB_INSIDE.test(head)) return 0.8;
  if (TASK_VERB_INSIDE.test(t)) return 0.65;
  // A few words without any verb: a list entry (a site, a parameter, a participant), not work.
  return words.length <= 12 ? 0.35 : 0.5;
}

/**
 * Confidence in a lead unit, by where it came from. A unit that reads like a sentence (long, or with a verb in it)
 * probably kept trailing words. A missing unit is doubtful only where the plan names units (TỔ CHỨC THỰC HIỆN).
 */
export function leadConfidence(lead: string | null, source: LeadSource, unitExpected: boolean): number {
  if (!lead) return unitExpected ? 0.3 : SOURCE_CONFIDENCE.none;
  let c = SOURCE_CONFIDENCE[source];
  // Co-leads are judged one by one: each should read like a unit of a few words.
  for (const unit of lead.split(/;\s*/)) {
    if (unit.split(/\s+/).length > 18) c = Math.min(c, 0.45);
    else if (!looksLikeUnit(unit) && !/^(?:các|những)\s/i.test(unit) && source !== 'person') c = Math.min(c, 0.55);
  }
  return c;
}

/**
 * Confidence in a deadline. A date read from a cue is sure; an inherited one a little less; a deadline phrase
 * that gave no date and no recurrence (or a date that does not exist) is doubtful; no phrase at all is a plain gap.
 */
export function dueConfidence(deadline: Deadline | null, inherited: boolean, text: string): number {
  if (deadline?.invalidDate) return 0.2;
  if (deadline?.due) return inherited ? 0.8 : 0.95;
  if (deadline?.recurrence) return 0.85;
  // A phrase read as having no date: open-ended, a start condition, or relative to another event.
  if (deadline?.dueText && UNDATED.test(deadline.dueText)) return 0.75;
  if (deadline?.dueText) return 0.45;
  // A deadline cue followed by a date the parser could not read ("trước ngày 15/13").
  return /(?:trước|chậm nhất|xong|hạn)[^.;]{0,20}\d{1,2}\s*\/\s*\d/i.test(text) ? 0.5 : 0.7;
}

/** Rounds to two decimals so the values read well in JSON. */
export function confidenceOf(task: number, lead: number, due: number): { task: number; lead: number; due: number } {
  const r = (x: number): number => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
  return { task: r(task), lead: r(lead), due: r(due) };
}
