/**
 * Text for the synthetic archive: words drawn with Zipf's law over the seeds' vocabulary (by
 * frequency) followed by a long tail of made-up words, so the search index sees as many distinct
 * words as a real archive of that size would, not the same few thousand over and over.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Prng } from "./prng.ts";

interface VocabularyFile {
  words: string[];
  titles: string[];
}

const SYLLABLES = ["ba", "ce", "di", "fo", "gu", "ha", "je", "ki", "lo", "mu", "na", "pe", "qui", "ro", "su", "ta", "ve", "wi", "xo", "ya", "zu", "bre", "cla", "dro", "fle", "gri", "pla", "sto", "tra", "vin", "mer", "son", "ley", "ham", "ton", "ford", "well", "by"];

/** The i-th made-up word: a spelling in base-|SYLLABLES|, so every index gives a distinct word. */
export function syntheticWord(i: number): string {
  let n = i;
  let word = "";
  do {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return word.length < 4 ? `${word}ster` : word;
}

/**
 * How many distinct words an archive of `tokens` words has, by Heaps' law (V = K * n^beta, with
 * K = 20 and beta = 0.5, within the range measured for English text): about 50,000 for 2,000
 * papers and 110,000 for 10,000. Drawing from a fixed list instead would make a small archive's
 * index too varied and a large one's too uniform.
 */
export function heapsVocabulary(tokens: number): number {
  return Math.round(20 * Math.sqrt(tokens));
}

export class Vocabulary {
  readonly words: string[];
  readonly titles: string[];
  private readonly logSize: number;

  /** `syntheticCount` made-up words follow the seeds' words; see `heapsVocabulary` for how many. */
  constructor(syntheticCount: number) {
    const file = JSON.parse(readFileSync(fileURLToPath(new URL("./data/vocabulary.json", import.meta.url)), "utf8")) as VocabularyFile;
    const known = new Set(file.words.map((w) => w.toLowerCase()));
    const synthetic: string[] = [];
    for (let i = 0; synthetic.length < syntheticCount; i++) {
      const word = syntheticWord(i);
      if (!known.has(word)) synthetic.push(word);
    }
    this.words = [...file.words, ...synthetic];
    this.titles = file.titles;
    this.logSize = Math.log(this.words.length);
  }

  /** One word, rank r drawn with probability about 1/r (log-uniform rank). */
  word(rng: Prng): string {
    const rank = Math.floor(Math.exp(rng.next() * this.logSize)) - 1;
    return this.words[Math.min(rank, this.words.length - 1)] as string;
  }

  sentence(rng: Prng, min = 8, max = 26): string {
    const n = rng.int(min, max);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      if (rng.chance(0.04)) parts.push(numberLike(rng));
      else parts.push(this.word(rng));
    }
    const first = parts[0] ?? "The";
    parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return `${parts.join(" ")}.`;
  }

  paragraph(rng: Prng, sentences = rng.int(2, 5)): string {
    const out: string[] = [];
    for (let i = 0; i < sentences; i++) out.push(this.sentence(rng));
    return out.join(" ");
  }

  /** A short title: a real one from the seeds, or a few words in title case. */
  title(rng: Prng): string {
    if (this.titles.length > 0 && rng.chance(0.5)) return rng.pick(this.titles);
    const n = rng.int(2, 6);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const w = this.words[rng.int(0, 2999)] ?? "Policing";
      parts.push(w.charAt(0).toUpperCase() + w.slice(1));
    }
    return parts.join(" ");
  }
}

function numberLike(rng: Prng): string {
  switch (rng.int(0, 4)) {
    case 0:
      return `${rng.int(1, 99)}.${rng.int(0, 9)}%`;
    case 1:
      return `£${rng.int(1, 950)}${rng.pick(["k", "m", ",000"])}`;
    case 2:
      return `${2000 + rng.int(0, 25)}/${String(rng.int(1, 26)).padStart(2, "0")}`;
    case 3:
      return String(rng.int(2, 25_000));
    default:
      return `${rng.int(1, 28)} ${rng.pick(["January", "March", "May", "July", "September", "November"])}`;
  }
}
