// Specification of the HTML rendering of the report: a standalone A4 page in Times New Roman
// with the header as a borderless two-column table, bordered data tables, and all text escaped.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report/build';
import { renderReportHtml } from '../../../src/core/report/html';
import { settings, sixMonthInput } from './seed-fixture';

describe('renderReportHtml', () => {
  const model = buildReport(sixMonthInput());
  const html = renderReportHtml(model);

  it('is a standalone page: doctype, language, charset, the document name as title', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Báo cáo kết quả thực hiện Kế hoạch số …/KH-BQLKKT');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link /);
  });

  it('lays out A4 page boxes with the model margins and Times New Roman', () => {
    expect(html).toContain('@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }');
    expect(html).toMatch(
      /\.page \{[^}]*width: 210mm; min-height: 297mm;[^}]*padding: 20mm 15mm 20mm 30mm;[^}]*font-family: 'Times New Roman'/,
    );
    // The page break before the appendix starts a second page box.
    expect(html.match(/<section class="page">/g)).toHaveLength(2);
    expect(html.indexOf('PHỤ LỤC')).toBeGreaterThan(html.lastIndexOf('<section class="page">'));
  });

  it('renders the header as a borderless two-column table with its styles', () => {
    const header = /<table class="layout header"[^>]*>(.*?)<\/table>/s.exec(html)?.[1] ?? '';
    expect(header).toContain('<col style="width: 70mm"><col style="width: 95mm">');
    expect(header.match(/<td>/g)).toHaveLength(2);
    expect(header).toMatch(
      /font-size: 13pt; font-weight: bold;[^>]*>BAN QUẢN LÝ KHU KINH TẾ<span class="rule" style="width: 25mm">/,
    );
    expect(header).toMatch(/font-style: italic;[^>]*>Gia Lai, ngày 08 tháng 5 năm 2023</);
    expect(html).toContain('table.layout td { vertical-align: top; padding: 0; border: none; }');
  });

  it('writes body paragraphs justified, 14 pt, with a first-line indent and spacing', () => {
    expect(html).toMatch(
      /<p class="para body" style="text-align: justify; font-size: 14pt; font-weight: normal; font-style: normal; text-indent: 12.7mm; margin: 0pt 0 6pt 0; line-height: 1.15">Thực hiện Kế hoạch số/,
    );
    expect(html).toMatch(
      /<h1 class="heading level-1" style="[^"]*font-weight: bold;[^"]*">I\. KẾT QUẢ THỰC HIỆN<\/h1>/,
    );
    expect(html).toMatch(
      /<p class="para title" style="text-align: center; font-size: 14pt; font-weight: bold;[^"]*">BÁO CÁO<\/p>/,
    );
  });

  it('draws the appendix tables with borders, a bold header row and merged group rows', () => {
    const tasks = /<table class="data tasks"[^>]*>(.*?)<\/table>/s.exec(html)?.[1] ?? '';
    expect(tasks).toMatch(
      /<thead><tr class="header"><th style="border: 0.5pt solid #000;[^"]*font-weight: bold[^"]*">STT<\/th>/,
    );
    expect(tasks).toContain('<td colspan="6"');
    expect(tasks.match(/<tr class="body">/g)).toHaveLength(9);
    expect(html).toMatch(/<table class="data statistics"[^>]*font-size: 11pt/);
    expect(html).toMatch(/<tr class="total">.*Tổng cộng/);
  });

  it('escapes every text: task results, settings and the document name', () => {
    expect(html).toContain('tuyên truyền &lt;Luật Thực hiện dân chủ ở cơ sở&gt; &amp; các văn bản liên quan.');
    expect(html).not.toContain('<Luật');
    const hostile = renderReportHtml(
      buildReport(
        sixMonthInput({ settings: { ...settings, place: '<script>alert(1)</script>', signerName: 'A "B" \'C\'' } }),
      ),
    );
    expect(hostile).not.toContain('<script>');
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;, ngày 08');
    expect(hostile).toContain('A &quot;B&quot; &#39;C&#39;');
  });

  it('marks text people must fill in', () => {
    expect(html).toContain('<mark class="placeholder">[đơn vị soạn thảo bổ sung]</mark>');
  });

  it('shows the chart when given as a data URI, otherwise a bordered placeholder box of the same size', () => {
    expect(html).toMatch(
      /<div class="image-placeholder" style="width: 150mm; height: 100mm; margin: 0 auto">Tình hình thực hiện theo đơn vị<\/div>/,
    );
    expect(html).not.toContain('<img');
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const withChart = renderReportHtml(model, { dashboardChart: png });
    expect(withChart).toContain(
      `<img src="${png}" alt="Tình hình thực hiện theo đơn vị" style="width: 150mm; height: 100mm">`,
    );
    expect(renderReportHtml(model, { dashboardChart: 'javascript:alert(1)' })).not.toContain('<img');
  });
});
