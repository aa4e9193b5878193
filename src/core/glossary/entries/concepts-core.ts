/** Glossary data: the core notions of AI news (what a model is, how it is made and used). */
import type { GlossaryEntry } from '../types';
import { AI_CONTEXT, LLM_CONTEXT } from './context';

/** Core AI concepts. */
export const CORE_CONCEPTS: readonly GlossaryEntry[] = [
  {
    id: 'ai', category: 'concept',
    names: { fr: ['IA (intelligence artificielle)', 'IA', 'intelligence artificielle', 'intelligences artificielles'], en: ['AI (artificial intelligence)', 'AI', 'A.I.', 'artificial intelligence'] },
    definition: {
      fr: "Ensemble de techniques qui font réaliser à un ordinateur des tâches qu'on croyait réservées aux humains : comprendre un texte, reconnaître une image, répondre à une question.",
      en: 'Techniques that let computers do tasks we used to think needed a human: understanding text, recognising images, answering questions.',
    },
    related: ['machine-learning', 'generative-ai', 'agi'],
  },
  {
    id: 'generative-ai', category: 'concept',
    names: { fr: ['IA générative', 'IA génératives', 'intelligence artificielle générative'], en: ['generative AI', 'GenAI', 'gen AI'] },
    definition: {
      fr: "IA qui produit du contenu nouveau (texte, image, son, vidéo) à partir d'une consigne, en imitant ce qu'elle a vu pendant son entraînement.",
      en: 'AI that produces new content (text, images, sound, video) from an instruction, by imitating what it saw during training.',
    },
    related: ['llm', 'diffusion-model', 'prompt'],
  },
  {
    id: 'llm', category: 'concept',
    names: { fr: ['LLM (grand modèle de langage)', 'LLM', 'LLMs', 'grand modèle de langage', 'grands modèles de langage', 'grand modèle de langue', 'grands modèles de langue'], en: ['LLM (large language model)', 'large language model', 'large language models'] },
    definition: {
      fr: 'Modèle de langage très grand (des milliards de paramètres) entraîné sur d\'immenses quantités de texte ; il sait rédiger, résumer, traduire ou converser.',
      en: 'A very large language model (billions of parameters) trained on huge amounts of text; it can write, summarise, translate or hold a conversation.',
    },
    related: ['language-model', 'parameters', 'training', 'tokens'],
  },
  {
    id: 'language-model', category: 'concept',
    names: { fr: ['modèle de langage', 'modèles de langage', 'modèle de langue', 'modèles de langue'], en: ['language model', 'language models'] },
    definition: {
      fr: 'Programme qui prédit le mot (ou le morceau de mot) le plus probable après un texte donné ; répété, ce calcul produit des phrases entières.',
      en: 'A program that predicts the most likely next word (or piece of word) after a given text; repeated, this produces whole sentences.',
    },
    related: ['llm', 'tokens'],
  },
  {
    id: 'small-language-model', category: 'concept',
    names: { fr: ['petit modèle de langage', 'petits modèles de langage'], en: ['small language model', 'small language models', 'SLM', 'SLMs'] },
    definition: {
      fr: "Modèle de langage assez compact pour tourner sur un téléphone ou un portable, moins capable qu'un grand modèle mais moins cher et plus privé.",
      en: 'A language model compact enough to run on a phone or laptop: less capable than a large one, but cheaper and more private.',
    },
    related: ['llm', 'npu', 'quantization'],
  },
  {
    id: 'foundation-model', category: 'concept',
    names: { fr: ['modèle de fondation', 'modèles de fondation'], en: ['foundation model', 'foundation models', 'frontier model', 'frontier models'] },
    definition: {
      fr: "Grand modèle généraliste entraîné une fois à grands frais, puis adapté à de nombreux usages ; les plus puissants sont dits « de frontière ».",
      en: 'A large general model trained once at great cost, then adapted to many uses; the most capable ones are called frontier models.',
    },
    related: ['llm', 'fine-tuning'],
  },
  {
    id: 'parameters', category: 'concept',
    names: { fr: ['paramètres (d\'un modèle)', 'milliards de paramètres', 'milliard de paramètres', 'millions de paramètres', 'paramètres du modèle', 'nombre de paramètres'], en: ['parameters (of a model)', 'billion parameters', 'billion-parameter', 'trillion parameters', 'million parameters', 'model parameters', 'parameter count'] },
    definition: {
      fr: "Nombres réglés pendant l'entraînement qui déterminent le comportement d'un modèle ; leur quantité sert souvent, à tort, de mesure de puissance.",
      en: 'Numbers tuned during training that determine how a model behaves; their count is often, misleadingly, used as a measure of power.',
    },
    related: ['training', 'llm'],
  },
  {
    id: 'training', category: 'concept',
    names: { fr: ['entraîner un modèle', 'entraînement des modèles', 'entraînement du modèle', 'entraînement de modèles', "entraînement de l'IA", 'préentraînement', 'pré-entraînement', 'pré-entraîné', 'préentraîné'], en: ['training (a model)', 'model training', 'AI training', 'training run', 'training runs', 'pre-training', 'pretraining', 'pre-trained', 'pretrained', 'train a model', 'train AI models'] },
    definition: {
      fr: "Phase où un modèle apprend en ajustant ses paramètres sur un grand volume d'exemples ; elle demande beaucoup de calcul, de données et d'énergie.",
      en: 'The phase where a model learns by adjusting its parameters on a large volume of examples; it takes a lot of computing power, data and energy.',
    },
    related: ['training-data', 'parameters', 'gpu', 'fine-tuning'],
    contextual: [{
      aliases: ['entraîner', 'entraîne', 'entraînent', 'entraîné', 'entraînée', 'entraînés', 'entraînées', 'entraînement', 'training', 'trained', 'train'],
      withWords: ['modèle', 'modèles', 'model', 'models', 'LLM', 'LLMs', 'algorithme', 'algorithmes', 'algorithm', 'algorithms', 'réseau', 'network', 'neural', 'chatbot', 'GPU', 'GPUs'],
      window: 60,
    }],
  },
  {
    id: 'inference', category: 'concept',
    names: { fr: ['inférence (IA)', "inférence de l'IA", 'coûts d\'inférence', "puces d'inférence"], en: ['inference (AI)', 'AI inference', 'LLM inference', 'model inference', 'inference costs', 'inference chips', 'inference workloads', 'inference compute'] },
    definition: {
      fr: "Utilisation d'un modèle déjà entraîné pour produire une réponse ; chaque requête a un coût en calcul, qui finit par dépasser celui de l'entraînement.",
      en: 'Running an already trained model to produce an answer; each request costs computing power, which over time exceeds the cost of training.',
    },
    related: ['training', 'gpu'],
    contextual: [{ aliases: ['inférence'], withIds: AI_CONTEXT }],
  },
  {
    id: 'fine-tuning', category: 'concept',
    names: { fr: ['affinage (fine-tuning)', 'fine-tuné', 'fine-tunés', 'affinage du modèle', 'affinage des modèles'], en: ['fine-tuning', 'fine tuning', 'fine-tuned', 'fine-tune'] },
    definition: {
      fr: "Entraînement complémentaire d'un modèle existant sur un petit jeu de données ciblé, pour le spécialiser (un domaine, un ton, une tâche).",
      en: 'Extra training of an existing model on a small, focused dataset to specialise it (a field, a tone, a task).',
    },
    related: ['training', 'foundation-model', 'rlhf'],
    contextual: [{ aliases: ['affinage', 'ajustement fin'], withIds: AI_CONTEXT }],
  },
  {
    id: 'rlhf', category: 'concept',
    names: { fr: ['RLHF (apprentissage par renforcement avec retour humain)', 'RLHF', 'apprentissage par renforcement à partir de retours humains'], en: ['RLHF (reinforcement learning from human feedback)', 'reinforcement learning from human feedback'] },
    definition: {
      fr: 'Méthode où des personnes notent les réponses du modèle, puis le modèle est ajusté pour préférer les réponses bien notées ; elle rend un chatbot plus poli et utile.',
      en: 'A method where people rate the model\'s answers, then the model is tuned to prefer highly rated ones; it makes a chatbot more helpful and polite.',
    },
    related: ['fine-tuning', 'alignment', 'reinforcement-learning'],
  },
  {
    id: 'hallucination', category: 'concept',
    names: { fr: ['hallucination (IA)', "hallucinations de l'IA", 'hallucinations des modèles'], en: ['hallucination (AI)', 'AI hallucinations', 'AI hallucination', 'model hallucinations'] },
    definition: {
      fr: "Réponse d'un modèle fausse ou inventée (source, chiffre, citation) mais formulée avec assurance ; c'est un défaut structurel, pas un bug rare.",
      en: 'A false or made-up answer (a source, a figure, a quote) stated with confidence by a model; a built-in weakness, not a rare bug.',
    },
    related: ['llm', 'rag'],
    contextual: [{ aliases: ['hallucinations', 'hallucination', 'halluciner', 'hallucine', 'hallucinent', 'hallucinate', 'hallucinates', 'hallucinating'], withIds: AI_CONTEXT }],
  },
  {
    id: 'tokens', category: 'concept',
    names: { fr: ['tokens (unités de texte)', 'jetons (tokens)'], en: ['tokens (text units)'] },
    definition: {
      fr: "Morceaux de texte (mot, bout de mot, signe) qu'un modèle de langage lit et produit ; les prix et les limites des modèles se comptent en tokens.",
      en: 'Pieces of text (a word, part of a word, a sign) that a language model reads and writes; model prices and limits are counted in tokens.',
    },
    related: ['context-window', 'llm'],
    contextual: [{ aliases: ['tokens', 'token', 'jetons'], withIds: LLM_CONTEXT }],
  },
  {
    id: 'context-window', category: 'concept',
    names: { fr: ['fenêtre de contexte', 'fenêtres de contexte', 'fenêtre contextuelle'], en: ['context window', 'context windows', 'context length'] },
    definition: {
      fr: "Quantité maximale de texte (en tokens) qu'un modèle peut prendre en compte d'un coup : la question, le document joint et la conversation passée.",
      en: 'The most text (in tokens) a model can take into account at once: the question, any attached document and the conversation so far.',
    },
    related: ['tokens', 'llm'],
  },
  {
    id: 'multimodal', category: 'concept',
    names: { fr: ['modèle multimodal', 'modèles multimodaux', 'IA multimodale'], en: ['multimodal model', 'multimodal models', 'multimodal AI'] },
    definition: {
      fr: "Se dit d'un modèle qui traite plusieurs types de données à la fois : texte, images, son ou vidéo, en entrée comme en sortie.",
      en: 'Said of a model that handles several kinds of data at once (text, images, audio or video), as input and output.',
    },
    related: ['llm', 'gpt-4o'],
    contextual: [{ aliases: ['multimodal', 'multimodale', 'multimodaux', 'multimodales', 'multimodalité', 'multimodality', 'multi-modal'], withIds: AI_CONTEXT }],
  },
  {
    id: 'ai-agents', category: 'concept',
    names: { fr: ['agents IA', 'agent IA', "agents d'IA", "agent d'IA", 'agents autonomes', 'agent autonome', 'IA agentique', 'agentique'], en: ['AI agents', 'AI agent', 'agentic AI', 'agentic'] },
    definition: {
      fr: "Programme fondé sur un modèle d'IA qui enchaîne seul des actions (chercher, cliquer, écrire, payer) pour atteindre un but qu'on lui a fixé.",
      en: 'A program built on an AI model that carries out a series of actions on its own (search, click, write, pay) to reach a goal it was given.',
    },
    related: ['llm', 'chatbot'],
    contextual: [{ aliases: ['agents autonomes', 'agent autonome', 'autonomous agents', 'autonomous agent'], withIds: AI_CONTEXT }],
  },
  {
    id: 'agi', category: 'concept',
    names: { fr: ['AGI (intelligence artificielle générale)', 'intelligence artificielle générale', 'IA générale'], en: ['AGI (artificial general intelligence)', 'artificial general intelligence', 'superintelligence'] },
    definition: {
      fr: "IA hypothétique capable d'égaler l'humain dans presque toutes les tâches intellectuelles ; un objectif affiché par certaines entreprises, sans définition partagée.",
      en: 'A hypothetical AI matching humans at nearly every intellectual task; a stated goal of some companies, with no agreed definition.',
    },
    related: ['ai', 'ai-safety'],
    contextual: [{ aliases: ['AGI'], withIds: AI_CONTEXT }],
  },
  {
    id: 'machine-learning', category: 'concept',
    names: { fr: ['apprentissage automatique', 'apprentissage machine', 'machine learning'], en: ['machine learning', 'machine-learning', 'ML (machine learning)'] },
    definition: {
      fr: "Branche de l'IA où l'ordinateur apprend des règles à partir d'exemples au lieu qu'on les lui programme une à une.",
      en: 'The branch of AI where computers learn rules from examples instead of being programmed with them one by one.',
    },
    related: ['deep-learning', 'training'],
  },
  {
    id: 'deep-learning', category: 'concept',
    names: { fr: ['apprentissage profond', 'deep learning'], en: ['deep learning', 'deep-learning'] },
    definition: {
      fr: "Apprentissage automatique fondé sur des réseaux de neurones à nombreuses couches ; c'est la technique derrière la plupart des progrès récents de l'IA.",
      en: 'Machine learning with neural networks made of many layers; the technique behind most recent progress in AI.',
    },
    related: ['neural-network', 'machine-learning'],
  },
  {
    id: 'neural-network', category: 'concept',
    names: { fr: ['réseau de neurones', 'réseaux de neurones', 'réseau neuronal', 'réseaux neuronaux', 'réseau de neurones artificiels'], en: ['neural network', 'neural networks', 'neural net', 'neural nets'] },
    definition: {
      fr: 'Calcul fait de couches de petites unités reliées entre elles, dont les connexions sont réglées par entraînement ; librement inspiré du cerveau.',
      en: 'A computation made of layers of small connected units whose connection strengths are set by training; loosely inspired by the brain.',
    },
    related: ['deep-learning', 'parameters'],
  },
  {
    id: 'transformer', category: 'concept',
    names: { fr: ['architecture Transformer', 'architecture transformeur', 'modèles Transformer', 'modèle Transformer'], en: ['transformer architecture', 'transformer model', 'transformer models', 'transformer-based'] },
    definition: {
      fr: "Architecture de réseau de neurones publiée par Google en 2017, qui pèse l'importance de chaque mot par rapport aux autres ; base de GPT, Llama ou Claude.",
      en: 'A neural network design published by Google in 2017 that weighs each word against the others; the basis of GPT, Llama and Claude.',
    },
    related: ['llm', 'neural-network'],
  },
  {
    id: 'prompt', category: 'concept',
    names: { fr: ['prompt (instruction donnée à une IA)', 'ingénierie de prompt', 'ingénierie des prompts'], en: ['prompt (instruction to an AI)', 'prompt engineering', 'system prompt', 'text prompt', 'text prompts'] },
    definition: {
      fr: "Consigne écrite (ou dite) donnée à un modèle d'IA ; sa formulation change beaucoup la réponse obtenue.",
      en: 'The written (or spoken) instruction given to an AI model; the way it is worded changes the answer a lot.',
    },
    related: ['llm', 'prompt-injection'],
    contextual: [{ aliases: ['prompt', 'prompts'], withIds: LLM_CONTEXT }],
  },
  {
    id: 'chatbot', category: 'concept',
    names: { fr: ['chatbot', 'chatbots', 'agent conversationnel', 'agents conversationnels', 'robot conversationnel', 'robots conversationnels', 'assistant conversationnel'], en: ['chatbot', 'chatbots', 'chat bot', 'AI assistant', 'AI assistants'] },
    definition: {
      fr: 'Programme avec lequel on converse par écrit ou à voix haute ; les plus récents reposent sur un grand modèle de langage.',
      en: 'A program you talk to in writing or out loud; recent ones are built on a large language model.',
    },
    related: ['llm', 'chatgpt'],
  },
];
