/**
 * AI vocabulary as data, French and English: the words that tell a reader a page is *about*
 * artificial intelligence. Compiled once by `term-matcher.ts`; tested for its rules in
 * `tests/unit/topic-vocabulary.test.ts`. Pure data: no browser, no DOM, no Node.
 *
 * Form syntax (kept literal so the list reads like a glossary, not like regex soup):
 * - a space matches any run of whitespace (including NBSP), a hyphen matches `-`, `‑` (U+2011) or
 *   a space; an apostrophe matches `'` and `’`;
 * - every form matches only as a whole word: never inside another word ("Mail", "IAM", "via");
 * - `caseSensitive` terms match exactly as written (acronyms, brand names that are also common words);
 *   the others ignore case;
 * - `patterns` are regular-expression sources for forms with versions ("GPT-4o", "Llama 3.1");
 * - a plural ending in parentheses gives two forms, every ending of the form left out or all put in:
 *   "grand(s) modèle(s) de langage" is "grand modèle de langage" and "grands modèles de langage".
 */

/** One vocabulary entry. `label` is the driver name shown to the user and the distinct-term key. */
export interface AiTermSpec {
  readonly label: string;
  readonly forms: readonly string[];
  /** Regex sources (no flags, no capture groups) for versioned forms. */
  readonly patterns?: readonly string[];
  /** How much one occurrence says "this page is about AI": 3 unambiguous, 2 strong, 1 supporting. */
  readonly weight: number;
  readonly caseSensitive?: boolean;
  /**
   * Labels (or the keyword `anchor`) of which at least one must occur in the same input. A term
   * without `needs` is an anchor: an unambiguous AI term. Terms with `needs` count only if an anchor
   * (or one of the listed labels) occurs somewhere in the same input: "Claude", "Gemini" or "GPU"
   * alone are not AI news.
   */
  readonly needs?: readonly string[];
  /**
   * Case-insensitive phrases naming *another* meaning of this term; when one occurs in the same
   * input, the term is not counted at all (precision over recall: "Amnesty International (AI)").
   */
  readonly vetoPhrases?: readonly string[];
  /** Regex source of a negative lookahead right after the form ("IA 50309" is an Iowa ZIP code). */
  readonly notFollowedBy?: string;
}

/** The keyword a `needs` list uses for "any anchor term". */
export const ANCHOR = 'anchor';

/** Extra fields of an entry, after its label, weight and forms. */
type More = Omit<AiTermSpec, 'label' | 'weight' | 'forms' | 'caseSensitive'>;

/**
 * An entry that ignores case: words and phrases of the field. Entries are written through these two
 * helpers, not as object literals, because the list ships in the content script, which has a
 * 40 KB budget: the field names repeated on every entry cost about 1.5 KB there.
 */
function words(label: string, weight: number, forms: readonly string[], more?: More): AiTermSpec {
  return { label: label || labelOf(forms), forms: forms.flatMap(singularAndPlural), weight, ...more };
}

/** An entry matched exactly as written: acronyms, and brand names that are also common words. */
function name(label: string, weight: number, forms: readonly string[], more?: More): AiTermSpec {
  return { label: label || labelOf(forms), forms: forms.flatMap(singularAndPlural), weight, caseSensitive: true, ...more };
}

/** An empty label in an entry means its first form in the singular ("LLM(s)" → "LLM"): bytes saved in the content script. */
function labelOf(forms: readonly string[]): string {
  return forms[0]!.replace(PLURAL_ENDING, '');
}

const PLURAL_ENDING = /\((\p{L}+)\)/gu;

/** "modèle(s) de langage" as its two forms; a form without parentheses as itself. */
function singularAndPlural(form: string): string[] {
  return form.includes('(') ? [form.replace(PLURAL_ENDING, ''), form.replace(PLURAL_ENDING, '$1')] : [form];
}

/** Counted only with an unambiguous AI term in the same input. */
const NEEDS_AI: More = { needs: [ANCHOR] };

/** The vocabulary, most specific first (longer overlapping forms win anyway, see term-matcher). */
export const AI_VOCABULARY: readonly AiTermSpec[] = [
  // Field names, both languages.
  words('', 3, ['artificial intelligence(s)']),
  words('', 3, ['intelligence(s) artificielle(s)']),
  name('', 2, ['AI(s)', 'A.I.'],
    { vetoPhrases: ['Amnesty International', 'Adobe Illustrator', 'Air India', 'artificial insemination', 'Appreciative Inquiry', 'Allen Iverson'] },
  ),
  name('', 2, ['IA(s)', 'I.A.'], {
    // The French acronym's other meanings in the press: a school inspectorate, livestock breeding (a farm page
    // may say "IA" and "insémination" without ever spelling out "insémination artificielle").
    vetoPhrases: ['Iowa', 'Information Architecture', 'Internal Audit', 'inspection académique', 'insémination', 'inséminations', 'inséminateur'],
    // "IA 50309" is an Iowa ZIP code; "IA-DASEN", "IA-IPR" are French school inspectors' titles.
    notFollowedBy: '\\s*\\d{5}|-[A-Z]{2}' }),
  words('', 3, ['generative AI', 'gen AI', 'GenAI', 'generative artificial intelligence']),
  words('', 3, ['IA générative(s)', 'intelligence(s) artificielle(s) générative(s)']),
  name('', 3, ['AI Act(s)', 'IA Act', 'EU AI Act']),
  words(
    'règlement sur l’IA', 3, ['règlement sur l\'IA', 'règlement européen sur l\'IA', 'règlement sur l\'intelligence artificielle', 'règlement européen sur l\'intelligence artificielle', 'loi sur l\'IA'],
  ),
  name('', 2, ['AGI', 'artificial general intelligence', 'intelligence artificielle générale'], NEEDS_AI),

  // Models and methods.
  name('', 3, ['LLM(s)'], { vetoPhrases: ['Master of Laws', 'LL.M.', 'law school'] }),
  words('', 3, ['large language model(s)', 'large-language model(s)']),
  words('', 3, ['grand(s) modèle(s) de langage', 'grand(s) modèle(s) de langue', 'grand(s) modèle(s) linguistique(s)']),
  words('', 2, ['language model(s)']),
  words('', 2, ['modèle(s) de langage', 'modèle(s) de langue']),
  words('', 3, ['machine learning', 'machine-learning']),
  words('', 3, ['apprentissage automatique', 'apprentissage machine']),
  words('', 3, ['deep learning', 'deep-learning']),
  words('', 3, ['apprentissage profond']),
  words('', 2, ['neural network(s)', 'neural net(s)']),
  words('', 2, ['réseau(x) de neurones', 'réseau neuronal', 'réseau(x) neuronaux']),
  words('', 2, ['chatbot(s)', 'chat bot(s)', 'agent(s) conversationnel(s)', 'robot(s) conversationnel(s)']),
  words('', 2, ['superintelligence', 'super-intelligence', 'superintelligent']),
  words('', 2, ['natural language processing', 'traitement automatique du langage', 'traitement automatique des langues']),
  words('', 2, ['computer vision', 'vision par ordinateur']),
  words('', 2, ['image generator(s)', 'image-generator(s)', 'text-to-image', "générateur(s) d'images"]),
  words('', 2, ['voice cloning', 'voice-cloning', 'voice clone(s)', 'cloned voice(s)', 'clonage vocal', 'clonage de voix', 'clonage de la voix', 'voix clonée(s)', 'clone vocal', 'clones vocaux']),
  words('', 2, ['foundation model(s)', 'modèle(s) de fondation']),
  words('', 2, ['frontier model(s)']),
  words('', 2, ['facial recognition', 'reconnaissance faciale']),
  words('', 1, ['speech recognition', 'reconnaissance vocale'], NEEDS_AI),
  words('', 2, ['deepfake(s)', 'deep fake(s)', 'hypertrucage']),
  // Cameras whose footage software analyses: the French law's own name for it ("VSA").
  words('', 2, ['vidéosurveillance algorithmique', 'vidéoprotection algorithmique', 'algorithmic video surveillance']),
  words('', 1, ['training data', 'training dataset(s)', 'données d\'entraînement', 'données d\'apprentissage'], NEEDS_AI),
  words('', 1, ['fine-tuning', 'fine-tuned', 'fine-tune', 'fine tuning'], NEEDS_AI),
  words('prompt', 1, ['prompt engineering', 'prompts'], NEEDS_AI),
  words('', 1, ['hallucination(s)', 'hallucinate', 'hallucine'], NEEDS_AI),

  // Products and model families.
  words('', 3, ['ChatGPT', 'Chat GPT']),
  name('GPT', 3, ['GPTs'], { patterns: ['GPT[-‑ ]?\\d(?:\\.\\d)?(?:o|[-‑ ]?(?:Turbo|mini|turbo))?'] }),
  name('', 2, ['Claude'], { needs: ['Anthropic'], patterns: ['Claude \\d(?:\\.\\d)?'] }),
  name('', 2, ['Llama', 'LLaMA', 'LLaMa'], { ...NEEDS_AI, patterns: ['Llama[-‑ ]?\\d(?:\\.\\d)?'] }),
  name('', 2, ['Gemini'], NEEDS_AI),
  name('Bard', 2, ['Google Bard']),
  name('', 2, ['Copilot', 'GitHub Copilot', 'Microsoft Copilot'], NEEDS_AI),
  name('', 3, ['Mistral AI', 'Mixtral']),
  name('', 2, ['Mistral'], NEEDS_AI),
  words('', 3, ['Midjourney']),
  name('', 3, ['Stable Diffusion', 'Stability AI']),
  name('', 3, ['DALL-E', 'DALL·E', 'DALLE'], { patterns: ['DALL[-‑·]E \\d'] }),
  name('', 1, ['Sora'], { needs: ['OpenAI'] }),
  name('', 3, ['DeepSeek']),
  name('', 3, ['Apple Intelligence']),
  name('', 2, ['Qwen']),
  name('', 3, ['NotebookLM', 'AlphaFold', 'AlphaGo']),
  name('', 1, ['Perplexity'], NEEDS_AI),
  name('', 1, ['Stargate'], { needs: ['OpenAI'] }),
  name('', 2, ['Grok'], { needs: ['xAI', ANCHOR] }),

  // Companies and people of the field.
  name('', 3, ['OpenAI', 'Open AI']),
  name('', 3, ['Anthropic'], { vetoPhrases: ['anthropic principle'] }),
  name('', 3, ['DeepMind', 'Google DeepMind']),
  name('', 3, ['Hugging Face', 'HuggingFace']),
  name('', 2, ['xAI']),
  name('', 2, ['Sam Altman', 'Altman'], NEEDS_AI),
  name('', 2, ['Yann LeCun', 'LeCun'], NEEDS_AI),
  name('', 2, ['Demis Hassabis', 'Hassabis'], NEEDS_AI),
  name('', 2, ['Dario Amodei', 'Amodei'], NEEDS_AI),
  name('', 2, ['Arthur Mensch'], NEEDS_AI),

  // Hardware: only with AI context (gaming GPUs are not AI news).
  name('', 1, ['Nvidia', 'NVIDIA'], NEEDS_AI),
  name('', 2, ['H100', 'H200', 'A100', 'B200', 'GB200', 'H800', 'A800', 'H20', 'Blackwell'], { needs: ['Nvidia', ANCHOR] }),
  name('', 1, ['GPU(s)'], NEEDS_AI),
  name('', 1, ['TPU(s)'], NEEDS_AI),
  words('data centre', 1, ['data center(s)', 'data centre(s)', 'datacenter(s)', 'centre(s) de données', 'centre(s) de calcul'], NEEDS_AI),
];
