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
 * - `patterns` are regular-expression sources for forms with versions ("GPT-4o", "Llama 3.1").
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

/** The vocabulary, most specific first (longer overlapping forms win anyway, see term-matcher). */
export const AI_VOCABULARY: readonly AiTermSpec[] = [
  // Field names, both languages.
  { label: 'artificial intelligence', forms: ['artificial intelligence', 'artificial intelligences'], weight: 3 },
  { label: 'intelligence artificielle', forms: ['intelligence artificielle', 'intelligences artificielles'], weight: 3 },
  {
    label: 'AI', forms: ['AI', 'A.I.', 'AIs'], weight: 2, caseSensitive: true,
    vetoPhrases: ['Amnesty International', 'Adobe Illustrator', 'Air India', 'artificial insemination', 'Appreciative Inquiry', 'Allen Iverson'],
  },
  {
    label: 'IA', forms: ['IA', 'I.A.', 'IAs'], weight: 2, caseSensitive: true,
    vetoPhrases: ['Iowa', 'Information Architecture', 'Internal Audit'], notFollowedBy: '\\s*\\d{5}',
  },
  { label: 'generative AI', forms: ['generative AI', 'gen AI', 'GenAI', 'generative artificial intelligence'], weight: 3 },
  {
    label: 'IA générative',
    forms: ['IA générative', 'IA génératives', 'intelligence artificielle générative', 'intelligences artificielles génératives'],
    weight: 3,
  },
  { label: 'AI Act', forms: ['AI Act', 'IA Act', 'AI Acts', 'EU AI Act'], weight: 3, caseSensitive: true },
  {
    label: 'règlement sur l’IA',
    forms: ['règlement sur l\'IA', 'règlement européen sur l\'IA', 'règlement sur l\'intelligence artificielle', 'règlement européen sur l\'intelligence artificielle', 'loi sur l\'IA'],
    weight: 3,
  },
  { label: 'AGI', forms: ['AGI', 'artificial general intelligence', 'intelligence artificielle générale'], weight: 2, caseSensitive: true, needs: [ANCHOR] },

  // Models and methods.
  { label: 'LLM', forms: ['LLM', 'LLMs'], weight: 3, caseSensitive: true, vetoPhrases: ['Master of Laws', 'LL.M.', 'law school'] },
  { label: 'large language model', forms: ['large language model', 'large language models', 'large-language model', 'large-language models'], weight: 3 },
  {
    label: 'grand modèle de langage',
    forms: ['grand modèle de langage', 'grands modèles de langage', 'grand modèle de langue', 'grands modèles de langue', 'grand modèle linguistique', 'grands modèles linguistiques'],
    weight: 3,
  },
  { label: 'language model', forms: ['language model', 'language models'], weight: 2 },
  { label: 'modèle de langage', forms: ['modèle de langage', 'modèles de langage', 'modèle de langue', 'modèles de langue'], weight: 2 },
  { label: 'machine learning', forms: ['machine learning', 'machine-learning'], weight: 3 },
  { label: 'apprentissage automatique', forms: ['apprentissage automatique', 'apprentissage machine'], weight: 3 },
  { label: 'deep learning', forms: ['deep learning', 'deep-learning'], weight: 3 },
  { label: 'apprentissage profond', forms: ['apprentissage profond'], weight: 3 },
  { label: 'neural network', forms: ['neural network', 'neural networks', 'neural net', 'neural nets'], weight: 2 },
  { label: 'réseau de neurones', forms: ['réseau de neurones', 'réseaux de neurones', 'réseau neuronal', 'réseaux neuronaux', 'réseau neuronaux'], weight: 2 },
  { label: 'chatbot', forms: ['chatbot', 'chatbots', 'chat bot', 'chat bots', 'agent conversationnel', 'agents conversationnels', 'robot conversationnel', 'robots conversationnels'], weight: 2 },
  { label: 'superintelligence', forms: ['superintelligence', 'super-intelligence', 'superintelligent'], weight: 2 },
  { label: 'natural language processing', forms: ['natural language processing', 'traitement automatique du langage', 'traitement automatique des langues'], weight: 2 },
  { label: 'computer vision', forms: ['computer vision', 'vision par ordinateur'], weight: 1, needs: [ANCHOR] },
  { label: 'deepfake', forms: ['deepfake', 'deepfakes', 'deep fake', 'deep fakes', 'hypertrucage'], weight: 2 },
  { label: 'training data', forms: ['training data', 'training dataset', 'training datasets', 'données d\'entraînement', 'données d\'apprentissage'], weight: 1, needs: [ANCHOR] },
  { label: 'fine-tuning', forms: ['fine-tuning', 'fine-tuned', 'fine-tune', 'fine tuning'], weight: 1, needs: [ANCHOR] },
  { label: 'prompt', forms: ['prompt engineering', 'prompts'], weight: 1, needs: [ANCHOR] },
  { label: 'hallucination', forms: ['hallucination', 'hallucinations', 'hallucinate', 'hallucine'], weight: 1, needs: [ANCHOR] },

  // Products and model families.
  { label: 'ChatGPT', forms: ['ChatGPT', 'Chat GPT'], weight: 3 },
  { label: 'GPT', forms: ['GPTs'], patterns: ['GPT[-‑ ]?\\d(?:\\.\\d)?(?:o|[-‑ ]?(?:Turbo|mini|turbo))?'], weight: 3, caseSensitive: true },
  { label: 'Claude', forms: ['Claude'], patterns: ['Claude \\d(?:\\.\\d)?'], weight: 2, caseSensitive: true, needs: ['Anthropic'] },
  { label: 'Llama', forms: ['Llama', 'LLaMA', 'LLaMa'], patterns: ['Llama[-‑ ]?\\d(?:\\.\\d)?'], weight: 2, caseSensitive: true, needs: [ANCHOR] },
  { label: 'Gemini', forms: ['Gemini'], weight: 2, caseSensitive: true, needs: [ANCHOR] },
  { label: 'Bard', forms: ['Google Bard'], weight: 2, caseSensitive: true },
  { label: 'Copilot', forms: ['Copilot', 'GitHub Copilot', 'Microsoft Copilot'], weight: 2, caseSensitive: true, needs: [ANCHOR] },
  { label: 'Mistral AI', forms: ['Mistral AI', 'Mixtral'], weight: 3, caseSensitive: true },
  { label: 'Mistral', forms: ['Mistral'], weight: 2, caseSensitive: true, needs: [ANCHOR] },
  { label: 'Midjourney', forms: ['Midjourney'], weight: 3 },
  { label: 'Stable Diffusion', forms: ['Stable Diffusion', 'Stability AI'], weight: 3, caseSensitive: true },
  { label: 'DALL-E', forms: ['DALL-E', 'DALL·E', 'DALLE'], patterns: ['DALL[-‑·]E \\d'], weight: 3, caseSensitive: true },
  { label: 'Sora', forms: ['Sora'], weight: 1, caseSensitive: true, needs: ['OpenAI'] },
  { label: 'DeepSeek', forms: ['DeepSeek'], weight: 3, caseSensitive: true },
  { label: 'Apple Intelligence', forms: ['Apple Intelligence'], weight: 3, caseSensitive: true },
  { label: 'Qwen', forms: ['Qwen'], weight: 2, caseSensitive: true },
  { label: 'NotebookLM', forms: ['NotebookLM', 'AlphaFold', 'AlphaGo'], weight: 3, caseSensitive: true },
  { label: 'Perplexity', forms: ['Perplexity'], weight: 1, caseSensitive: true, needs: [ANCHOR] },
  { label: 'Stargate', forms: ['Stargate'], weight: 1, caseSensitive: true, needs: ['OpenAI'] },
  { label: 'Grok', forms: ['Grok'], weight: 2, caseSensitive: true, needs: ['xAI', ANCHOR] },

  // Companies and people of the field.
  { label: 'OpenAI', forms: ['OpenAI', 'Open AI'], weight: 3, caseSensitive: true },
  { label: 'Anthropic', forms: ['Anthropic'], weight: 3, caseSensitive: true, vetoPhrases: ['anthropic principle'] },
  { label: 'DeepMind', forms: ['DeepMind', 'Google DeepMind'], weight: 3, caseSensitive: true },
  { label: 'Hugging Face', forms: ['Hugging Face', 'HuggingFace'], weight: 3, caseSensitive: true },
  { label: 'xAI', forms: ['xAI'], weight: 2, caseSensitive: true },
  { label: 'Sam Altman', forms: ['Sam Altman', 'Altman'], weight: 2, caseSensitive: true, needs: [ANCHOR] },
  { label: 'Yann LeCun', forms: ['Yann LeCun', 'LeCun'], weight: 2, caseSensitive: true, needs: [ANCHOR] },
  { label: 'Demis Hassabis', forms: ['Demis Hassabis', 'Hassabis'], weight: 2, caseSensitive: true, needs: [ANCHOR] },
  { label: 'Dario Amodei', forms: ['Dario Amodei', 'Amodei'], weight: 2, caseSensitive: true, needs: [ANCHOR] },
  { label: 'Arthur Mensch', forms: ['Arthur Mensch'], weight: 2, caseSensitive: true, needs: [ANCHOR] },

  // Hardware: only with AI context (gaming GPUs are not AI news).
  { label: 'Nvidia', forms: ['Nvidia', 'NVIDIA'], weight: 1, caseSensitive: true, needs: [ANCHOR] },
  { label: 'H100', forms: ['H100', 'H200', 'A100', 'B200', 'GB200', 'H800', 'A800', 'H20', 'Blackwell'], weight: 2, caseSensitive: true, needs: ['Nvidia', ANCHOR] },
  { label: 'GPU', forms: ['GPU', 'GPUs'], weight: 1, caseSensitive: true, needs: [ANCHOR] },
  { label: 'TPU', forms: ['TPU', 'TPUs'], weight: 1, caseSensitive: true, needs: [ANCHOR] },
  { label: 'data centre', forms: ['data center', 'data centers', 'data centre', 'data centres', 'datacenter', 'datacenters', 'centre de données', 'centres de données', 'centre de calcul', 'centres de calcul'], weight: 1, needs: [ANCHOR] },
];
