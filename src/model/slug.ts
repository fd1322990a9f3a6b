/**
 * Words made into a slug: lower-case ASCII letters and digits joined by single hyphens, accents
 * dropped and "&" read as "and". Heading anchors (body.ts) and the importer's identifiers
 * (src/import/names.ts) are both made from it, each with its own rule on top: an anchor keeps an
 * apostrophe's place as a hyphen, as anchors always have (changing it would break links), while an
 * identifier drops it ("Commissioner's" → "commissioners").
 */
export function slugWords(text: string, options: { dropApostrophes?: boolean } = {}): string {
  const plain = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  return (options.dropApostrophes ? plain.replace(/['’‘]/g, "") : plain)
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
