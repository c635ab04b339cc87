/** Article text is data: everything that reaches HTML goes through here. */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(s: unknown): string {
  return String(s ?? "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * A CSS string literal: quotes, backslashes, angle brackets, ampersands and control characters
 * become hex escapes, so the text can neither end the string nor the `<style>` element.
 */
export function cssString(s: string): string {
  return `"${s.replace(/[\\"'<>&\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}
