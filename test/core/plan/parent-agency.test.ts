// The parent agency of a two-line header ("ỦY BAN NHÂN DÂN TỈNH …" over the issuer), which the
// report's header repeats; none when the header has one agency line.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/core/plan/index';

const body =
  'Số: 12/KH-BQLKKT\nGia Lai, ngày 10 tháng 01 năm 2023\n\nKẾ HOẠCH\n\nTriển khai công tác dân vận năm 2023\n\nI. NỘI DUNG\n\n1. Tổ chức hội nghị quán triệt Kế hoạch.\n';
const motto = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n';

function parse(header: string) {
  const result = parsePlan(header + body);
  if (!result.ok) throw new Error(result.error);
  return result.plan;
}

describe('parent agency', () => {
  it('is the agency line above the issuer, with the motto on its own lines or beside them', () => {
    expect(parse(`ỦY BAN NHÂN DÂN TỈNH GIA LAI\nBAN QUẢN LÝ KHU KINH TẾ\n${motto}`)).toMatchObject({
      issuer: 'BAN QUẢN LÝ KHU KINH TẾ',
      parentAgency: 'ỦY BAN NHÂN DÂN TỈNH GIA LAI',
    });
    expect(
      parse(
        'UBND HUYỆN ĐỨC TRỌNG      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG NỘI VỤ      Độc lập - Tự do - Hạnh phúc\n',
      ),
    ).toMatchObject({ issuer: 'PHÒNG NỘI VỤ', parentAgency: 'UBND HUYỆN ĐỨC TRỌNG' });
  });

  it('is absent with one agency line, and is not the second half of a name on two lines', () => {
    expect(parse(`BAN QUẢN LÝ KHU KINH TẾ\n${motto}`).parentAgency).toBeUndefined();
    expect(parse(`ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC TRỌNG\n${motto}`)).toMatchObject({
      issuer: 'ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG',
    });
    expect(parse(`ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC TRỌNG\n${motto}`).parentAgency).toBeUndefined();
  });
});
