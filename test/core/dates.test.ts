// Calendar dates: the same answers whatever the process time zone.
import { afterAll, describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  dateInWords,
  dateToInstant,
  daysBetween,
  endOfMonth,
  endOfQuarter,
  endOfYear,
  formatDate,
  fromSerial,
  instantToDate,
  isIsoDate,
  parseDisplayDate,
  parseIsoDate,
  toSerial,
  todayIn,
} from '../../src/core/dates';

const PROCESS_ZONES = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles'];
const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

describe.each(PROCESS_ZONES)('with the process in %s', (processZone) => {
  it('validates ISO dates, rejecting impossible days', () => {
    process.env.TZ = processZone;
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-1-05')).toBe(false);
    expect(isIsoDate('05/01/2023')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(parseIsoDate('2023-05-10')).toEqual({ year: 2023, month: 5, day: 10 });
  });

  it('adds days across month, year and leap-day boundaries (incl. US DST days)', () => {
    process.env.TZ = processZone;
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-03-11', 1)).toBe('2023-03-12');
    expect(addDays('2023-03-12', 1)).toBe('2023-03-13');
    expect(addDays('2023-11-05', 1)).toBe('2023-11-06');
    expect(daysBetween('2023-01-01', '2024-01-01')).toBe(365);
    expect(daysBetween('2023-03-12', '2023-03-13')).toBe(1);
  });

  it('compares dates', () => {
    process.env.TZ = processZone;
    expect(compareDates('2023-05-09', '2023-05-10')).toBeLessThan(0);
    expect(compareDates('2023-05-10', '2023-05-10')).toBe(0);
    expect(compareDates('2024-01-01', '2023-12-31')).toBeGreaterThan(0);
    expect(() => compareDates('2023-5-1', '2023-05-01')).toThrow();
  });

  it('finds the last day of a month, quarter and year', () => {
    process.env.TZ = processZone;
    expect(endOfMonth(2024, 2)).toBe('2024-02-29');
    expect(endOfMonth(2023, 2)).toBe('2023-02-28');
    expect(endOfQuarter(2024, 2)).toBe('2024-06-30');
    expect(endOfQuarter(2024, 3)).toBe('2024-09-30');
    expect(endOfQuarter(2024, 4)).toBe('2024-12-31');
    expect(() => endOfQuarter(2024, 5)).toThrow();
    expect(endOfYear(2023)).toBe('2023-12-31');
  });

  it('takes today from the given time zone, not the process one', () => {
    process.env.TZ = processZone;
    // 17:30 UTC on 9 May is already 10 May in Vietnam (UTC+7) and still 9 May in Los Angeles.
    const now = new Date(Date.UTC(2023, 4, 9, 17, 30));
    expect(todayIn('Asia/Ho_Chi_Minh', now)).toBe('2023-05-10');
    expect(todayIn('UTC', now)).toBe('2023-05-09');
    expect(todayIn('America/Los_Angeles', now)).toBe('2023-05-09');
    // 16:59:59 UTC is still 9 May in Vietnam.
    expect(todayIn('Asia/Ho_Chi_Minh', new Date(Date.UTC(2023, 4, 9, 16, 59, 59)))).toBe('2023-05-09');
  });

  it('converts a date to midnight in a spreadsheet time zone and back', () => {
    process.env.TZ = processZone;
    const hcm = dateToInstant('2023-05-10', 'Asia/Ho_Chi_Minh');
    expect(hcm.toISOString()).toBe('2023-05-09T17:00:00.000Z');
    expect(instantToDate(hcm, 'Asia/Ho_Chi_Minh')).toBe('2023-05-10');
    // Los Angeles on the spring-forward and fall-back days: midnight still exists and is found.
    expect(dateToInstant('2023-03-12', 'America/Los_Angeles').toISOString()).toBe('2023-03-12T08:00:00.000Z');
    expect(dateToInstant('2023-03-13', 'America/Los_Angeles').toISOString()).toBe('2023-03-13T07:00:00.000Z');
    expect(dateToInstant('2023-11-05', 'America/Los_Angeles').toISOString()).toBe('2023-11-05T07:00:00.000Z');
    expect(dateToInstant('2023-11-06', 'America/Los_Angeles').toISOString()).toBe('2023-11-06T08:00:00.000Z');
    // Every day of a year round-trips in each zone.
    for (const zone of PROCESS_ZONES) {
      for (let date = '2023-01-01'; date < '2024-01-01'; date = addDays(date, 1)) {
        expect(instantToDate(dateToInstant(date, zone), zone)).toBe(date);
      }
    }
  });

  it('finds the first instant of a day whose midnight is skipped', () => {
    process.env.TZ = processZone;
    // Santiago skipped 00:00–01:00 on 2023-09-03 (clocks went from UTC-4 to UTC-3 at midnight).
    const first = dateToInstant('2023-09-03', 'America/Santiago');
    expect(instantToDate(first, 'America/Santiago')).toBe('2023-09-03');
    expect(instantToDate(new Date(first.getTime() - 1), 'America/Santiago')).toBe('2023-09-02');
  });

  it('converts to and from spreadsheet serial numbers', () => {
    process.env.TZ = processZone;
    expect(toSerial('1899-12-30')).toBe(0);
    expect(toSerial('1900-03-01')).toBe(61);
    expect(toSerial('2023-01-01')).toBe(44927);
    expect(fromSerial(44927)).toBe('2023-01-01');
    expect(fromSerial(44927.99)).toBe('2023-01-01');
    for (let date = '2024-01-01'; date < '2024-03-05'; date = addDays(date, 1)) {
      expect(fromSerial(toSerial(date))).toBe(date);
    }
  });

  it('formats dd/MM/yyyy and reads it back', () => {
    process.env.TZ = processZone;
    expect(formatDate('2023-05-01')).toBe('01/05/2023');
    expect(formatDate('2023-10-30')).toBe('30/10/2023');
    expect(parseDisplayDate('10/5/2023')).toBe('2023-05-10');
    expect(parseDisplayDate(' 01/05/2023 ')).toBe('2023-05-01');
    expect(parseDisplayDate('31/02/2023')).toBeNull();
    expect(parseDisplayDate('2023-05-10')).toBeNull();
  });
});

describe('a date in words (Nghị định 30/2020)', () => {
  it('pads days below 10 and months 1 and 2 only', () => {
    expect(dateInWords('2023-01-05')).toBe('ngày 05 tháng 01 năm 2023');
    expect(dateInWords('2023-02-28')).toBe('ngày 28 tháng 02 năm 2023');
    expect(dateInWords('2023-03-09')).toBe('ngày 09 tháng 3 năm 2023');
    expect(dateInWords('2023-12-10')).toBe('ngày 10 tháng 12 năm 2023');
  });

  it('reads naturally in English', () => {
    expect(dateInWords('2023-01-05', 'en')).toBe('January 5, 2023');
    expect(dateInWords('2023-12-31', 'en')).toBe('December 31, 2023');
  });
});
