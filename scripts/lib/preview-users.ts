// The people the preview lets you be: the office clerk who imports and reports, two unit staff
// who update their tasks, and a leader who only views. Each has an e-mail (and so their own user
// properties in the emulator); a viewer can neither type in cells nor open the add-on.
export interface PreviewUser {
  email: string;
  /** What the top bar shows. */
  label: string;
  role: 'editor' | 'viewer';
}

export const PREVIEW_USERS: readonly PreviewUser[] = [
  { email: 'vanphong@example.gov.vn', label: 'Văn phòng (office clerk)', role: 'editor' },
  { email: 'phongtochuc@example.gov.vn', label: 'Phòng Tổ chức (unit staff)', role: 'editor' },
  { email: 'phongketoan@example.gov.vn', label: 'Phòng Kế toán (unit staff)', role: 'editor' },
  { email: 'lanhdao@example.gov.vn', label: 'Lãnh đạo (leader, view only)', role: 'viewer' },
];

/** The preview user with this e-mail; an unknown e-mail (a test's own user) is an editor. */
export function previewUser(email: string): PreviewUser {
  return PREVIEW_USERS.find((u) => u.email === email) ?? { email, label: email, role: 'editor' };
}
