/**
 * Finds the subject of a reporting verb to its left ("Voxaro, a Madrid-based operator, said": the name
 * before its apposition; "Les chercheurs, interrogés par Forbes, affirment": past the incise), and tells
 * an apposition from an inverted tag. Used by the verb frames of attribution.ts and the participle tags.
 */
import type { CompiledLexicon } from './compiled-lexicon';
import { fold, lastWordBefore, lower, lowerPart } from './phrase-pattern';
import { analyzeSource, tokenize, type SourceAnalysis, type Token } from './source-phrase';
import { segmentStart } from './attribution-frame';

// Words that end a subject noun phrase: auxiliaries, modals, determiners, conjunctions.
const NOUN_TAIL_STOP = /^(?:would|will|could|can|may|might|should|must|has|have|had|is|was|are|were|does|did|do|not|a|an|the|and|or|but|est|ont|a|le|la|les|de|du|des|et|ou|ne|n|se|s|qui|that|which|who)$/u;

/** "The Russian space agency would": a determiner + capitalised adjective phrase continues through its lower-case nouns. */
export function withNounTail(toks: readonly Token[], np: { from: number; to: number } | undefined): { from: number; to: number } | undefined {
  if (!np || !/^(?:the|le|la|l)$/u.test(toks[0]!.lower)) return np;
  let i = toks.findIndex((t) => t.end === np.to);
  if (i < 0 || !/^\p{Lu}/u.test(toks[i]!.text)) return np;
  let to = np.to;
  for (let k = 0; k < 3 && ++i < toks.length; k++) {
    const t = toks[i]!;
    if (!/^\p{Ll}/u.test(t.text) || NOUN_TAIL_STOP.test(t.lower) || /(?:ed|ée?s?|é)$/u.test(t.lower)) break;
    to = t.end;
  }
  return { from: np.from, to };
}

/** Strips trailing fillers ("has also", "a", "ne", "today") from the text left of a verb; returns the new end. */
export function trimFillersLeft(sentence: string, end: number, c: CompiledLexicon): number {
  for (;;) {
    end = trimWordFillers(sentence, end, c);
    // "Elle a, en revanche, démenti", "The company has, however, said": an incise of fillers set off by
    // commas is skipped whole.
    const close = commaBefore(sentence, end);
    if (close < 0) return end;
    const inner = trimWordFillers(sentence, close, c);
    const open = inner < close ? commaBefore(sentence, inner) : -1;
    if (open <= 0) return end;
    end = open;
  }
}

/** The offset of a comma that only spaces separate from `end`, or -1. */
function commaBefore(sentence: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/u.test(sentence[i - 1]!)) i--;
  return i > 0 && sentence[i - 1] === ',' ? i - 1 : -1;
}

/** Strips trailing filler words and phrases of two or three words ("en revanche", "pour sa part"). */
function trimWordFillers(sentence: string, end: number, c: CompiledLexicon): number {
  for (;;) {
    const w = lastWordBefore(sentence, end);
    if (!w) return end;
    let phrase = fold(sentence.slice(w.start, w.end));
    let start = w.start;
    for (let words = 1; !c.fillers.has(phrase) && words < 3; words++) {
      const v = lastWordBefore(sentence, start);
      if (!v || !/^\s+$/u.test(sentence.slice(v.end, start))) break;
      phrase = `${fold(sentence.slice(v.start, v.end))} ${phrase}`;
      start = v.start;
    }
    if (!c.fillers.has(phrase)) return end;
    end = start;
  }
}

/** "a Madrid-based operator with 40,000 employees": an indefinite description, the apposition of a name before it. */
const INDEFINITE_DESCRIPTION = /^\s*(?:an?|un|une)\s/iu;

/**
 * A segment that describes rather than names: an indefinite description ("a Madrid-based operator"),
 * or one opening with a lower-case word that names nobody ("premier syndicat du second degré",
 * "l'un des leaders européens"). A definite noun phrase that names ("le groupe") stays a subject.
 */
function isDescription(segment: string, reading: SourceAnalysis): boolean {
  if (INDEFINITE_DESCRIPTION.test(segment)) return true;
  return reading.reading !== 'named' && /^\s*(?:l['’])?\p{Ll}[\p{L}'’-]*\s+\S/u.test(segment);
}

/** The named subject of a short segment right before the comma at `comma`, if the segment is only that name. */
function namedBeforeApposition(sentence: string, comma: number, c: CompiledLexicon): { a: SourceAnalysis; from: number } | undefined {
  const prevStart = segmentStart(sentence, comma);
  if (prevStart > 0 && !/[,(]/u.test(sentence[prevStart - 1]!)) return undefined;
  const toks = tokenize(sentence, prevStart, comma);
  // Only a proper name: capitalised words, with "the", "of", "de"... ("Somewhat unexpectedly" is no name).
  if (toks.length === 0 || toks.length > 4 || toks.some((t) => !/^\p{Lu}/u.test(t.text) && !/^(?:the|of|de|du|des|la|le|l|d)$/u.test(t.lower))) return undefined;
  // "À Bruxelles, on évoque", "Frankly, nobody ...": a capitalised preposition or adverb opens no name.
  if (c.notNameStarts.has(toks[0]!.lower) || (toks.length === 1 && /ly$/u.test(toks[0]!.lower))) return undefined;
  const named = analyzeSource(sentence, prevStart, comma, c);
  return named.reading === 'named' ? { a: named, from: prevStart } : undefined;
}

// An unnamed person by role ("a lawyer at Datenwacht"), which after a name is its apposition.
const PERSON_ROLE = /^(?:an?|un|une)\s+(?:[\p{L}-]+\s+){0,2}?(?:lawyer|analyst|banker|investor|adviser|advisor|researcher|professor|economist|engineer|executive|partner|director|member|avocate?|analyste|banquier|chercheur|chercheuse|professeure?|économiste|ingénieure?|dirigeante?|membre|conseill(?:er|ère)|doctor|gp|nurse|teacher|resident|worker|employee|official|witness|neighbou?r|médecin|infirmière|enseignante?|habitante?|salariée?|riveraine?|témoin)(?![\p{L}])/iu;

/**
 * Reads the subject left of a verb: the last comma-delimited segment, or earlier ones when that
 * segment is a participle/relative incise ("interrogées par Forbes", "who co-leads ...") or names nobody.
 */
export function leftSubject(sentence: string, end: number, c: CompiledLexicon): { a: SourceAnalysis; from: number } | undefined {
  let segEnd = end;
  for (let attempt = 0; attempt < 4 && segEnd > 0; attempt++) {
    const segStart = segmentStart(sentence, segEnd);
    const toks = tokenize(sentence, segStart, segEnd);
    const first = toks[0];
    const incise = first !== undefined && c.headBreakers.has(first.lower);
    if (incise) {
      c.anonymousPhrases.lastIndex = 0;
      if (c.anonymousPhrases.test(lowerPart(sentence.slice(segStart, segEnd)))) return { a: { reading: 'anonymous' }, from: segStart };
      // "Plusieurs associations, dont la Confédération nationale du logement, ont salué": a named member speaks too.
      if (/^(?:dont|including|notamment)$/u.test(first.lower)) {
        const member = analyzeSource(sentence, toks[1]?.start ?? segEnd, segEnd, c);
        if (member.reading === 'named' && !member.needsContext) return { a: member, from: segStart };
      }
    }
    if (toks.length > 0 && !incise) {
      const from = toks.length > 10 ? toks[toks.length - 10]!.start : first!.start;
      const a = analyzeSource(sentence, from, segEnd, c);
      // "Voxaro, a Madrid-based operator with 40,000 employees, said", "Le SNES-FSU, premier syndicat du
      // second degré, dénonce": a description after a name is the name's apposition.
      if (segStart > 0 && isDescription(sentence.slice(segStart, segEnd), a)) {
        const named = namedBeforeApposition(sentence, segStart - 1, c);
        if (named) return named;
      }
      // "Lena Hartmann, a lawyer at Datenwacht, said": the role is an apposition to the name before it.
      if (a.reading === 'anonymous' && segStart > 0 && PERSON_ROLE.test(sentence.slice(from, segEnd))) {
        const prevStart = segmentStart(sentence, segStart - 1);
        const named = analyzeSource(sentence, prevStart, segStart - 1, c);
        if (named.reading === 'named' && tokenize(sentence, prevStart, segStart - 1).length <= 4) return { a: named, from: prevStart };
      }
      if (a.reading !== 'unknown') return { a, from };
      // "..., a local GP told the Gazette": a person by role, whom nobody names.
      if (toks.length <= 4 && PERSON_ROLE.test(sentence.slice(from, segEnd).trimStart())) return { a: { reading: 'anonymous' }, from };
      if (toks.length > 4) return undefined; // a full clause that names nobody
    }
    if (segStart === 0) return undefined;
    segEnd = segStart - 1;
  }
  return undefined;
}

/** The opening noun phrase of a clause: a determiner and its noun, or a run of capitalised words. */
export function openingNounPhrase(sentence: string, from: number, to: number): { from: number; to: number } | undefined {
  const toks = tokenize(sentence, from, to);
  if (toks.length === 0) return undefined;
  let n = /^\p{Lu}/u.test(toks[0]!.text) && !/^(?:the|a|an|le|la|les|l|un|une|ce|cette|son|sa|ses)$/u.test(toks[0]!.lower) ? 1 : 2;
  while (n < toks.length && /^\p{Lu}/u.test(toks[n]!.text)) n++;
  return { from: toks[0]!.start, to: toks[Math.min(n, toks.length) - 1]!.end };
}

/**
 * After "X, " the verb is inverted ("..., said a person familiar") unless X is a short apposition
 * ("Bill Dally, Nvidia's chief scientist, said"; "Le dirigeant du groupe, Jensen Huang, a salué").
 */
export function isApposition(sentence: string, commaPos: number, c: CompiledLexicon): boolean {
  const segStart = segmentStart(sentence, commaPos);
  const toks = tokenize(sentence, segStart, commaPos);
  if (toks.length === 0) return false;
  const openedByComma = segStart > 0 && /[,(]/.test(sentence[segStart - 1]!);
  const shortOpening = segStart === 0 && toks.length <= 4;
  if (!openedByComma && !shortOpening) return false;
  // The segment's reading, read once and only when a test below needs it.
  let read: SourceAnalysis | undefined;
  const reading = (): SourceAnalysis => (read ??= analyzeSource(sentence, toks[0]!.start, commaPos, c));
  // "Dr. Carlos Mendes, a reef scientist at the University of Miami who was not involved, said": however long.
  if (openedByComma && isDescription(sentence.slice(segStart, commaPos), reading()) && namedBeforeApposition(sentence, segStart - 1, c)) return true;
  if (toks.length > 8) return false;
  const first = toks[0]!;
  if (c.headBreakers.has(first.lower)) return true; // ", interrogées par Forbes, ont laissé entendre"
  return reading().reading !== 'unknown';
}
