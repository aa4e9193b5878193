/**
 * Reads a noun phrase that stands in a source position (subject of "said", object of "according to")
 * and decides whether it names its source ("Reuters", "le rapport", "he"), hides it ("people familiar
 * with the matter", "des sources") or is no source at all ("ce qui", "this").
 */
import type { CompiledLexicon } from './compiled-lexicon';
import { fold, lower, lowerPart } from './phrase-pattern';

/** A word with its offsets in the sentence. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{N}]+(?:[-.&][\p{L}\p{N}]+)*/gu;
const UPPER_RE = /\p{Lu}/u;
const BRAND_DIGITS_RE = /^\d+\p{L}{3,}/u;

/** Words of `sentence` between `from` and `to`, with offsets. */
export function tokenize(sentence: string, from = 0, to = sentence.length): Token[] {
  const out: Token[] = [];
  const part = sentence.slice(from, to);
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(part)) !== null) {
    out.push({ text: m[0], lower: fold(m[0]), start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

/** How a source phrase stands behind a claim. */
export type SourceReading = 'named' | 'anonymous' | 'none' | 'unknown';

/** The reading of a source phrase, with the name to show for a named one. */
export interface SourceAnalysis {
  reading: SourceReading;
  /** Text to show as the source (a name run, "le rapport", a pronoun). */
  name?: string;
  /** True when the name is only a pointer (pronoun, "the report") that an earlier source may complete. */
  needsContext?: boolean;
}

/** True for a word that can belong to a proper name (has a capital and is not a listed non-name). */
function isNameWord(tok: Token, c: CompiledLexicon, sentence: string): boolean {
  if (tok.text.length <= 2 && /['’]/.test(sentence[tok.end] ?? '')) return false; // elided "L’", "D’", "Qu’"
  if (BRAND_DIGITS_RE.test(tok.text)) return true; // "1010data", "23andMe"
  return UPPER_RE.test(tok.text) && !c.capitalisedNonNames.has(tok.lower);
}

/**
 * The longest run of capitalised words in a range ("Wall Street Journal", "Bank of America"), as a
 * sentence span; undefined when the range holds no name.
 */
export function findNameRun(
  sentence: string,
  tokens: readonly Token[],
  c: CompiledLexicon,
): { start: number; end: number } | undefined {
  let best: { start: number; end: number } | undefined;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isNameWord(t, c, sentence)) {
      i++;
      continue;
    }
    let end = t.end;
    let j = i + 1;
    while (j < tokens.length) {
      const n = tokens[j]!;
      const gap = sentence.slice(tokens[j - 1]!.end, n.start);
      if (!/^[\s]{1,2}$/.test(gap) && !/^\s*&\s*$/.test(gap)) break;
      if (isNameWord(n, c, sentence)) {
        end = n.end;
        j++;
        continue;
      }
      const next = tokens[j + 1];
      if (c.nameConnectors.has(n.lower) && next && isNameWord(next, c, sentence) && /^\s+$/.test(sentence.slice(n.end, next.start))) {
        end = next.end;
        j += 2;
        continue;
      }
      break;
    }
    let start = t.start;
    // "The Information", "The Verge": a one-word title keeps its capitalised article.
    if (j === i + 1 && /(?:^|[^\p{L}])The\s+$/u.test(sentence.slice(Math.max(0, start - 5), start))) start = sentence.lastIndexOf('The', start);
    // "la Cour des comptes", "l'Autorité de la concurrence": an institution's name goes on in lower case.
    if (j === i + 1) {
      const tail = INSTITUTION_TAIL.exec(sentence.slice(end));
      if (tail && INSTITUTION_HEADS.has(t.lower)) end += tail[0].length;
    }
    if (!best || end - start > best.end - best.start) best = { start, end };
    i = j;
  }
  return best;
}

const INSTITUTION_HEADS = new Set(['cour', 'autorité', 'conseil', 'commission', 'agence', 'haute', 'haut', 'direction', 'office', 'institut', 'banque', 'chambre', 'tribunal', 'assemblée', 'caisse', 'inspection']);
const INSTITUTION_TAIL = /^\s+(?:de\s+la|des|du|de|d['’])\s*\p{Ll}[\p{L}-]+(?:\s+(?!(?:a|ont|est|sont|avait|qui|que|dans|pour|sur)\s)\p{Ll}[\p{L}-]+)?/u;

/** Regex helpers bound to one lexicon, to test a phrase against a compiled family without state leaks. */
function matches(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  const low = lower(text);
  let m: RegExpExecArray | null;
  while ((m = re.exec(low)) !== null) {
    // "open-source", "third-party": the second half of a hyphenated compound is not the noun itself.
    if (m.index > 0 && low[m.index - 1] === '-') {
      if (!re.global) return null;
      if (m[0].length === 0) re.lastIndex++;
      continue;
    }
    return m;
  }
  return null;
}

/** Cuts a source phrase at the first word that ends its head ("sources, who declined ..."). */
function headEnd(tokens: readonly Token[], c: CompiledLexicon): number {
  for (let i = 1; i < tokens.length; i++) {
    if (c.headBreakers.has(tokens[i]!.lower)) return i;
  }
  return tokens.length;
}

const BARE_BODIES = /^(?:(?:local|state|federal|city|county|french|british|german|italian|spanish|u\.?s\.?)\s+)?(?:police|prosecutors|investigators|firefighters|la police|les pompiers|le parquet|les enquêteurs|la gendarmerie)$/u;
// "compilé par LSEG" names who speaks; "interrogés par Le Monde", "polled by Reuters" only the conduit.
const AGENT_NOT_CONDUIT = /(?<![\p{L}])(?!(?:interrog|cit|consult|joint|contact|sollicit|poll|quot|survey|interview|question)\p{L}*\s)\p{L}+\s+(?:par|by)\s+\p{Lu}/u;
const INSTITUTION_ROLE = /^(?:the\s+)?(?:hospital|company|school|police|university|court|airport|airline|museum|white\s+house|pentagon|fire)\s+(?:officials|executives|spokespeople|administrators|representatives|authorities)$/iu;
/** A body whose head noun governs the people it speaks for: "l'association d'usagers", "the union of nurses". */
const NAMED_BODY_OF_PEOPLE = /^(?:l['’]|la\s+|le\s+|the\s+)?(?:association|syndicat|collectif|fédération|union|comité|coordination|confédération|observatoire|coalition|federation|committee|council|network|alliance|réseau|ordre|chambre)\s+(?:d['’]|de\s+|des\s+|du\s+|of\s+)/iu;
// "Legal experts", "Financial analysts": a capitalised adjective opening a sentence is no name.
const ADJECTIVE_SHAPED = /^\p{Lu}\p{Ll}+(?:al|ic|ive|ous|ary|ful|less|ible|able|ent|ant)$/u;
// "a company spokesperson", "a White House representative": a speaker for a body, identified by role.
const ROLE_FOR_BODY = /^(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}(?:spokes(?:person|man|woman)|representative)(?:\s+(?:for|of|at)\s+\S.*)?$/iu;

/**
 * Decides how a phrase in a source position stands behind the claim. `from`/`to` delimit the phrase in
 * the sentence. Anonymous heads win over names that only act as conduits ("Reuters' sources").
 */
export function analyzeSource(sentence: string, from: number, to: number, c: CompiledLexicon): SourceAnalysis {
  const tokens = tokenize(sentence, from, to);
  if (tokens.length === 0) return { reading: 'unknown' };
  const phrase = tokens.map((t) => t.lower).join(' ');
  if (c.nonSourceSubjects.has(phrase)) return { reading: 'none' };
  // "..., police said": a public body named by its function speaks on the record.
  if (tokens.length <= 3 && BARE_BODIES.test(phrase)) return { reading: 'named', name: sentence.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end) };
  const last = tokens[tokens.length - 1]!;
  if (tokens.length <= 2 && c.nonSourceSubjects.has(last.lower) && !c.pronouns.has(last.lower)) return { reading: 'none' };
  // "Privacy campaigners such as NOYB", "des associations comme La Quadrature du Net": a named member speaks.
  // ("une quarantaine de dirigeants, dont ceux d'Airbus": "dont" + a determiner or pronoun names members too.)
  const member = tokens.findIndex((t, i) => i > 0 && ((t.lower === 'such' && tokens[i + 1]?.lower === 'as') || t.lower === 'including' || t.lower === 'notamment' || (t.lower === 'dont' && /^(?:ceux|celles|celui|celle|le|la|les|l)$/u.test(tokens[i + 1]?.lower ?? ''))));
  if (member > 0) {
    const at = tokens[member]!.lower === 'such' ? member + 2 : member + 1;
    const named = at < tokens.length ? analyzeSource(sentence, tokens[at]!.start, to, c) : undefined;
    if (named && named.reading === 'named' && !named.needsContext) return named;
  }

  const cut = headEnd(tokens, c);
  const head = tokens.slice(0, cut);
  const headText = sentence.slice(head[0]!.start, head[head.length - 1]!.end);
  const nameRun = findNameRun(sentence, tokens, c);
  const headName = findNameRun(sentence, head, c);

  // Expert nouns tied to a named body are named ("analysts at Morgan Stanley", "IDC analyst Mario Morales").
  const expert = head.findIndex((t) => c.affiliatedExperts.has(t.lower));
  // "des informations qui circulent à Bruxelles": a relative that says the source is unnamed.
  const tail = cut < tokens.length ? sentence.slice(tokens[cut]!.start, tokens[tokens.length - 1]!.end) : '';
  // "The European Contact Centre Workers' Federation said": a capitalised noun inside a name is the name's.
  const inName = (m: RegExpExecArray | null): boolean => {
    if (!m || !headName || !/^\p{Lu}/u.test(headText.slice(m.index))) return false;
    const at = head[0]!.start + m.index;
    return at > headName.start && at + m[0].trimEnd().length <= headName.end + 2;
  };
  const anonHead = matches(c.anonymousPhrases, headText);
  // ... or a participle of leaks opening the tail: "un document de travail consulté par Les Echos".
  const anonTail = tail ? matches(c.anonymousPhrases, tail) : null;
  const anonPhrase = (anonHead && !inName(anonHead)) || (anonTail !== null && (anonTail.index === 0 || /^(?:qui|that|which|who)\s/iu.test(tail)));
  // "Les chercheurs affirment", "The researchers said": experts already introduced, a pointer to them.
  if (tokens.length === 2 && /^(?:les|the|ces|these)$/u.test(tokens[0]!.lower) && c.affiliatedExperts.has(tokens[1]!.lower)) return { reading: 'named', name: headText, needsContext: true };
  // "Researchers found that": a study's authors by their trade, the same pointer without the article.
  if (tokens.length === 1 && c.researchGroups.has(tokens[0]!.lower)) return { reading: 'named', name: headText, needsContext: true };
  // "Hospital officials said": officials of a named kind of body speak for it.
  if (tokens.length <= 4 && INSTITUTION_ROLE.test(headText)) return { reading: 'named', name: headText };
  // "people who worked there": the relative clause cut from the head still says the speakers are unnamed.
  const anonMatch = matches(c.anonymousNouns, /^(?:who|qui)\s/iu.test(tail) ? `${headText} ${tail.slice(0, 3).toLowerCase()}` : headText);
  // "L'association d'usagers Rail Sud-Vendée affirme": the people are the complement of a body that has a name.
  const anonNoun = anonMatch && !inName(anonMatch) && !(nameRun !== undefined && NAMED_BODY_OF_PEOPLE.test(headText));
  // "Many Tunisians accuse", "Several Democratic senators said": a group counted, not named.
  if (anonPhrase || c.quantifiedGroup.test(headText)) return { reading: 'anonymous' };
  if (anonNoun) {
    // "Legal experts say": a capitalised adjective opening the sentence names no body.
    // "Economists say": the capitalised word opening the sentence is the expert noun itself, not a name.
    const runText = nameRun === undefined ? '' : sentence.slice(nameRun.start, nameRun.end);
    const adjectiveOnly = nameRun !== undefined && nameRun.start === 0 && !/\s/u.test(runText) && (ADJECTIVE_SHAPED.test(runText) || c.affiliatedExperts.has(fold(runText)));
    const expertNamed = expert >= 0 && nameRun !== undefined && !adjectiveOnly && (headName !== undefined || (/\b(?:at|from|chez|de|du|par|by)\b/iu.test(headText) || AGENT_NOT_CONDUIT.test(sentence.slice(from, to))));
    if (!expertNamed) return { reading: 'anonymous' };
  }
  if (nameRun) return { reading: 'named', name: sentence.slice(nameRun.start, nameRun.end) };
  // "a company spokesperson", "a White House representative": a speaker for a body, identified by role;
  // "A large new study suggests", "une étude publiée mardi": research speaks for its authors, unlike a media report.
  if (ROLE_FOR_BODY.test(headText) || c.researchDocument.test(headText)) return { reading: 'named', name: headText };

  // Pronoun subject: "he said", "puisqu'elle estime", "il précise".
  if (c.pronouns.has(last.lower)) return { reading: 'named', name: last.text, needsContext: true };
  const first = tokens[0]!;
  if (tokens.length === 1 && c.pronouns.has(first.lower)) return { reading: 'named', name: first.text, needsContext: true };

  // Definite or possessive document/organisation noun: "the report", "le rapport", "ses rédacteurs".
  c.sourceNouns.lastIndex = 0;
  let m: RegExpExecArray | null;
  const headLow = lowerPart(headText);
  while ((m = c.sourceNouns.exec(headLow)) !== null) {
    const nounStart = head[0]!.start + m.index;
    // The determiner right before the noun, or before one or two lower-case adjectives ("the technical report").
    let at = nounStart;
    for (let skipped = 0; skipped <= 2; skipped++) {
      const before = sentence.slice(Math.max(from, at - 16), at);
      const det = /(?:^|[\s(])([\p{L}-]+)\s+$|(?:^|[\s(])([lL]['’])$/u.exec(before);
      if (!det) break;
      const detWord = fold(det[1] ?? det[2] ?? '');
      const detStart = at - (det[0].length - (det[0].match(/^[\s(]/) ? 1 : 0));
      if (c.definiteDeterminers.has(detWord)) {
        return { reading: 'named', name: sentence.slice(detStart, nounStart + m[0].length), needsContext: true };
      }
      if (!/^\p{Ll}[\p{Ll}-]+$/u.test(det[1] ?? '') || matches(c.anonymousPhrases, detWord)) break;
      at = detStart;
    }
    if (m[0].length === 0) c.sourceNouns.lastIndex++;
  }
  if (matches(c.anonymousUnlessNamed, headText)) return { reading: 'anonymous' };
  // Any other definite noun phrase in a source position stands for someone known ("the coach", "l'entraîneur").
  const firstWord = fold(sentence.slice(head[0]!.start, Math.min(head[0]!.end + 1, sentence.length)));
  const det = c.definiteDeterminers.has(head[0]!.lower) || c.definiteDeterminers.has(firstWord);
  if (det && head.length >= 2 && head.length <= 6) {
    return { reading: 'named', name: sentence.slice(head[0]!.start, head[Math.min(head.length, 4) - 1]!.end), needsContext: true };
  }
  return { reading: 'unknown' };
}
