// Text made safe to put between tags or inside a double-quoted attribute of a generated test page.

/** `s` with &, <, > and " escaped. */
export function escapeHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
