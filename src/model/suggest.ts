/** "did you mean …?" for a misspelt field, value or identifier: officers mostly mistype. */

export function didYouMean(word: string, options: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(word.length / 3)) + 1;
  for (const option of options) {
    const d = editDistance(word.toLowerCase(), option.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
    }
  }
  return best !== undefined && best !== word ? `; did you mean ${best}?` : "";
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot beat `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      const value = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      row[j] = value;
      previous = current;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= limit) return limit;
  }
  return row[b.length] ?? 0;
}
