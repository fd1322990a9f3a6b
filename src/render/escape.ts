/** HTML escaping for the few strings the renderer writes itself (markdown-it escapes the rest). */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

const TEXT_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * Escapes text written between tags: only what would be read as markup. Quotes stay as they are,
 * so text indexed for search reads exactly as the page does.
 */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (ch) => TEXT_ENTITIES[ch] ?? ch);
}

/** Escapes a value written in double quotes as an attribute. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;");
}
