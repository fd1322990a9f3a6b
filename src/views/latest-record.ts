/**
 * One record of each thing several papers record: the one the latest paper gives, in the order
 * the records were given. An action the notes of two meetings record, an item each work programme
 * issued before a meeting plans for it: listed once, as it last stood.
 */

/** Of the records with the same `sameAs` key, the one of the latest `recordedOn` date (the later given, on a tie); in `records`' order. */
export function latestOfEach<T>(records: readonly T[], sameAs: (record: T) => string, recordedOn: (record: T) => string): T[] {
  const latest = new Map<string, T>();
  for (const record of records) {
    const key = sameAs(record);
    const known = latest.get(key);
    if (known === undefined || recordedOn(record) >= recordedOn(known)) latest.set(key, record);
  }
  return records.filter((record) => latest.get(sameAs(record)) === record);
}

/** Words as the same words, case and spacing aside. */
export function sameWords(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}
