/**
 * Turns glossary entries into the matcher's trie: every spelling is folded (see fold.ts) into a
 * key, and keeps what folding erased (capitals, accents) plus its entry's rules, to be checked
 * on each candidate.
 */
import { foldString, foldText } from './fold';
import type { ContextRule, GlossaryEntry } from './types';

const DEFAULT_WINDOW = 160;

/** Context of a contextual spelling, ready to check. */
export interface CompiledRule {
  withIds: ReadonlySet<string>;
  /** Folded words, each as code units. */
  withWords: readonly string[];
  window: number;
}

/** Neighbour rules of an entry, folded. */
export interface CompiledEntry {
  hyphenJoins: boolean;
  notFollowedBy: readonly string[];
  notPrecededBy: readonly string[];
}

/** One spelling of one entry, ready for the checks that folding erased. */
export interface Variant {
  id: string;
  /** Per folded unit of the spelling: must the text have a capital there? */
  upper: readonly boolean[];
  /** Per folded unit of the spelling: the character as written, lower-cased (accent kept). */
  lower: readonly string[];
  entry: CompiledEntry;
  /** Null for unconditional spellings. */
  rule: CompiledRule | null;
}

/**
 * A trie node. Children are kept in two parallel arrays: fan-out is small past the first
 * letters, and a linear scan of a few numbers beats a Map lookup there.
 */
export interface TrieNode {
  keys: number[];
  kids: TrieNode[];
  variants: Variant[] | null;
}

/** The child of `node` for folded unit `c`, if any. */
export function child(node: TrieNode, c: number): TrieNode | undefined {
  const keys = node.keys;
  for (let i = 0; i < keys.length; i++) if (keys[i] === c) return node.kids[i];
  return undefined;
}

function compileRule(rule: ContextRule): CompiledRule {
  return {
    withIds: new Set(rule.withIds ?? []),
    withWords: (rule.withWords ?? []).map(foldString),
    window: rule.window ?? DEFAULT_WINDOW,
  };
}

function makeVariant(alias: string, id: string, entry: CompiledEntry, rule: CompiledRule | null): [string, Variant] {
  const nfc = alias.normalize('NFC');
  const f = foldText(nfc);
  const upper: boolean[] = [];
  const lower: string[] = [];
  let key = '';
  for (let i = 0; i < f.length; i++) {
    const ch = nfc.charAt(f.pos[i]!);
    const lo = ch.toLowerCase();
    upper.push(lo !== ch);
    lower.push(lo);
    key += String.fromCharCode(f.codes[i]!);
  }
  return [key, { id, upper, lower, entry, rule }];
}

function insert(root: TrieNode, key: string, v: Variant): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    let next = child(node, c);
    if (!next) {
      next = { keys: [], kids: [], variants: null };
      node.keys.push(c);
      node.kids.push(next);
    }
    node = next;
  }
  (node.variants ??= []).push(v);
}

/** Builds the trie of every spelling of `entries`; the root's children are also indexed by unit. */
export function compileTrie(entries: readonly GlossaryEntry[]): { root: TrieNode; first: Map<number, TrieNode> } {
  const root: TrieNode = { keys: [], kids: [], variants: null };
  for (const entry of entries) {
    const ce: CompiledEntry = {
      hyphenJoins: entry.hyphenJoins === true,
      notFollowedBy: (entry.notFollowedBy ?? []).map(foldString),
      notPrecededBy: (entry.notPrecededBy ?? []).map(foldString),
    };
    const seen = new Set<string>();
    const add = (alias: string, rule: CompiledRule | null) => {
      if (seen.has(alias) || !alias.trim()) return;
      seen.add(alias);
      const [key, v] = makeVariant(alias, entry.id, ce, rule);
      if (key) insert(root, key, v);
    };
    for (const alias of [...entry.names.fr, ...entry.names.en]) add(alias, null);
    for (const rule of entry.contextual ?? []) {
      const cr = compileRule(rule);
      for (const alias of rule.aliases) add(alias, cr);
    }
  }
  const first = new Map<number, TrieNode>();
  root.keys.forEach((k, i) => first.set(k, root.kids[i]!));
  return { root, first };
}
