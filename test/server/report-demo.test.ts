// The measure of issue 13 through npm run demo's job: the team's plan with a year of progress,
// made on 28/12/2023 with default settings, gives the year's report dated that day, 06/09 done,
// prose written from the data and the plan's report duties counted apart.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runDemo } from '../../scripts/demo';
import { ROOT } from '../../scripts/harness/load-bundle';
import { DAN_VAN_PLAN_FILE } from '../fixtures/index';
import { blockText, textBlocks, type ReportModel } from '../../src/core/report/model';

it("makes the year's report on 28/12/2023 with its figures as of that day and the duties included", () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-tracker-report-demo-'));
  try {
    runDemo(
      {
        planFile: DAN_VAN_PLAN_FILE,
        outDir: dir,
        progressFile: join(ROOT, 'test/fixtures/demo-progress-2023.json'),
        today: '2023-12-28',
      },
      () => undefined,
    );
    const model = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as ReportModel;
    expect(model.period.label).toBe('năm 2023');
    expect(model.cutoff).toBe('2023-12-28');
    expect(model.reportDate).toBe('2023-12-28');
    const text = textBlocks(model).map(blockText);
    expect(text).toContain('Gia Lai, ngày 28 tháng 12 năm 2023');
    const summary = text.find((l) => l.startsWith('Tính đến ngày'))!;
    expect(summary).toMatch(
      /^Tính đến ngày 28\/12\/2023, Kế hoạch có 09 nhiệm vụ: đã hoàn thành 06\/09 nhiệm vụ \(đạt 66,7%\), đang triển khai 02\/09, chưa triển khai 01\/09\./,
    );
    expect(summary).toContain('đã thực hiện 01/02 báo cáo định kỳ');
    // Results name the unit; no status dumps; the closing names the agency once.
    expect(text.some((l) => l.startsWith('Văn phòng và Tổ chức đoàn thể đã '))).toBe(true);
    expect(text.join('\n')).not.toMatch(/Đánh giá:|Chưa có báo cáo kết quả\. Đánh giá|\(Chưa giao đơn vị\)/);
    expect(text.filter((l) => l.endsWith('./.'))).toEqual([
      'Trên đây là báo cáo kết quả thực hiện Kế hoạch số …/KH-BQLKKT năm 2023 của Ban Quản lý Khu kinh tế./.',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
