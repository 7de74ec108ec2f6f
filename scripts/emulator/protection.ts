// Protection of a sheet or a range: description, warning-only, editors (facts P1–P4).
import { sheetById, type Ctx } from './context';
import { Counted } from './counter';
import { ProtectionType, type EnumMember } from './enums';
import { fail } from './errors';
import type { ProtectionSpec } from './state';
import { Range } from './range';
import { canEditProtection, requireDomain } from './permissions';

/** Protection. https://developers.google.com/apps-script/reference/spreadsheet/protection */
export class Protection extends Counted {
  constructor(
    private readonly ctx: Ctx,
    private readonly sheetId: number,
    private readonly id: number,
  ) {
    super(ctx.counter, 'Protection');
  }

  private spec(): ProtectionSpec {
    const p = sheetById(this.ctx, this.sheetId).protections.find((x) => x.id === this.id);
    if (!p) fail('The protection has been removed.');
    return p;
  }

  getProtectionType(): EnumMember {
    return ProtectionType[this.spec().type];
  }
  getDescription(): string {
    return this.spec().description;
  }
  setDescription(description: string): Protection {
    this.spec().description = description;
    return this;
  }
  isWarningOnly(): boolean {
    return this.spec().warningOnly;
  }
  setWarningOnly(warningOnly: boolean): Protection {
    this.spec().warningOnly = warningOnly;
    return this;
  }
  /** A SHEET protection's range is the whole grid, its A1 notation '' (facts P3). */
  getRange(): Range {
    const p = this.spec();
    return new Range(
      this.ctx,
      this.sheetId,
      p.box.row,
      p.box.col,
      p.box.numRows,
      p.box.numCols,
      p.type === 'SHEET' ? 'sheet' : 'cells',
    );
  }
  /** The owner is not listed though they can edit (facts P4). */
  getEditors(): { getEmail(): string }[] {
    return this.spec().editors.map((email) => ({ getEmail: () => email, toString: () => email }));
  }
  /** Changing the editors ends the mirroring of the spreadsheet's permissions (facts P1). */
  addEditor(emailAddress: string | { getEmail(): string }): Protection {
    const e = typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail();
    const p = this.editable();
    if (!p.editors.includes(e)) p.editors.push(e);
    p.editorsSet = true;
    return this;
  }
  addEditors(emailAddresses: string[]): Protection {
    for (const e of emailAddresses) this.addEditor(e);
    return this;
  }
  removeEditor(emailAddress: string | { getEmail(): string }): Protection {
    const e = typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail();
    const p = this.editable();
    p.editors = p.editors.filter((x) => x !== e);
    p.editorsSet = true;
    return this;
  }
  /** Accepts e-mails or Users (the reference's sample passes getEditors()). */
  removeEditors(emailAddresses: (string | { getEmail(): string })[]): Protection {
    for (const e of emailAddresses) this.removeEditor(e);
    return this;
  }
  /** Throws for a spreadsheet not owned by a Google Workspace domain. */
  canDomainEdit(): boolean {
    requireDomain(this.ctx, 'Protection.canDomainEdit');
    return this.spec().domainEdit;
  }
  setDomainEdit(editable: boolean): Protection {
    requireDomain(this.ctx, 'Protection.setDomainEdit');
    const p = this.editable();
    p.domainEdit = editable;
    p.editorsSet = true;
    return this;
  }
  /** Whether the acting user may edit the protected cells; the owner always can (facts P4). */
  canEdit(): boolean {
    return canEditProtection(this.ctx, this.spec());
  }
  /** A protection is changed only by those who may edit what it protects. */
  private editable(): ProtectionSpec {
    const p = this.spec();
    if (!canEditProtection(this.ctx, p)) fail('You do not have permission to perform that action.');
    return p;
  }
  setUnprotectedRanges(ranges: Range[]): Protection {
    const p = this.spec();
    if (p.type !== 'SHEET') fail('Unprotected ranges can only be set on a sheet protection.');
    p.unprotected = ranges.map((r) => r._box());
    return this;
  }
  getUnprotectedRanges(): Range[] {
    return this.spec().unprotected.map((b) => new Range(this.ctx, b.sheetId, b.row, b.col, b.numRows, b.numCols));
  }
  remove(): void {
    this.editable();
    const s = sheetById(this.ctx, this.sheetId);
    s.protections = s.protections.filter((x) => x.id !== this.id);
  }
}
