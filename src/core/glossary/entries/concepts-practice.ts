/** Glossary data: how models are shared, fed, measured, steered and made cheaper. */
import type { GlossaryEntry } from '../types';
import { AI_CONTEXT, LLM_CONTEXT } from './context';

/** AI concepts about data, openness, evaluation and safety practice. */
export const PRACTICE_CONCEPTS: readonly GlossaryEntry[] = [
  {
    id: 'open-source', category: 'concept',
    names: { fr: ['open source', 'open-source', 'code source ouvert', 'logiciel libre', 'logiciels libres'], en: ['open source', 'open-sourced', 'open-sourcing'] },
    definition: {
      fr: "Logiciel dont le code est publié et réutilisable librement. Pour un modèle d'IA, le terme est souvent employé même quand seuls les poids sont publiés.",
      en: 'Software whose code is published and freely reusable. For AI models the label is often used even when only the weights are released.',
    },
    related: ['open-weights', 'llama'],
  },
  {
    id: 'open-weights', category: 'concept',
    names: { fr: ['modèle en libre accès', 'modèles en libre accès', 'poids ouverts', 'modèle à poids ouverts', 'modèles à poids ouverts'], en: ['open weights', 'open-weight', 'open-weights', 'open weight'] },
    definition: {
      fr: "Modèle dont les paramètres entraînés sont téléchargeables, sans forcément les données ni le code d'entraînement, et souvent sous licence restrictive.",
      en: 'A model whose trained parameters can be downloaded, usually without the training data or code, and often under a restrictive licence.',
    },
    related: ['open-source', 'parameters'],
    contextual: [{ aliases: ['modèle ouvert', 'modèles ouverts', 'open model', 'open models'], withIds: AI_CONTEXT }],
  },
  {
    id: 'guardrails', category: 'concept',
    names: { fr: ["garde-fous de l'IA", 'garde-fous des modèles'], en: ['AI guardrails', 'safety guardrails', 'safety filters'] },
    definition: {
      fr: "Protections ajoutées à un modèle pour l'empêcher de produire certains contenus (dangereux, illégaux, haineux) ; elles peuvent être contournées ou retirées.",
      en: 'Safeguards added to a model to stop it producing some content (dangerous, illegal, hateful); they can be bypassed or removed.',
    },
    related: ['jailbreak', 'alignment', 'ai-safety'],
    contextual: [{ aliases: ['garde-fous', 'garde-fou', 'guardrails', 'guardrail'], withIds: AI_CONTEXT }],
  },
  {
    id: 'dataset', category: 'concept',
    names: { fr: ['jeu de données', 'jeux de données', 'ensemble de données', 'ensembles de données', 'corpus de données'], en: ['dataset', 'datasets', 'data set', 'data sets'] },
    definition: {
      fr: "Collection organisée d'exemples (textes, images, mesures) utilisée pour entraîner ou évaluer un modèle ; sa composition influence ce que le modèle sait et ses biais.",
      en: 'An organised collection of examples (texts, images, measurements) used to train or test a model; what it contains shapes what the model knows and its biases.',
    },
    related: ['training-data', 'bias'],
  },
  {
    id: 'training-data', category: 'concept',
    names: { fr: ["données d'entraînement", "données d'apprentissage"], en: ['training data', 'training dataset', 'training datasets'] },
    definition: {
      fr: "Les textes, images ou sons sur lesquels un modèle a appris ; leur origine (web aspiré, livres, données d'utilisateurs) soulève des questions de droit d'auteur et de vie privée.",
      en: 'The texts, images or sounds a model learned from; where they come from (scraped web, books, user data) raises copyright and privacy questions.',
    },
    related: ['dataset', 'copyright', 'training'],
  },
  {
    id: 'synthetic-data', category: 'concept',
    names: { fr: ['données synthétiques'], en: ['synthetic data'] },
    definition: {
      fr: "Données fabriquées par un programme, souvent par une autre IA, pour entraîner ou tester un modèle quand les vraies données manquent ou sont sensibles.",
      en: 'Data produced by a program, often another AI, to train or test a model when real data is scarce or sensitive.',
    },
    related: ['training-data', 'distillation'],
  },
  {
    id: 'embeddings', category: 'concept',
    names: { fr: ['plongements (embeddings)', 'plongements lexicaux', 'plongement vectoriel'], en: ['vector embeddings', 'embedding model', 'embedding models'] },
    definition: {
      fr: "Représentation d'un mot, d'un texte ou d'une image sous forme de liste de nombres, où des sens proches donnent des nombres proches.",
      en: 'A way of turning a word, text or image into a list of numbers so that similar meanings end up with similar numbers.',
    },
    related: ['rag', 'vector-database'],
    contextual: [{ aliases: ['embeddings', 'embedding'], withIds: LLM_CONTEXT }],
  },
  {
    id: 'vector-database', category: 'concept',
    names: { fr: ['base de données vectorielle', 'bases de données vectorielles'], en: ['vector database', 'vector databases', 'vector store'] },
    definition: {
      fr: 'Base de données qui range des embeddings et retrouve vite les éléments au sens le plus proche ; souvent utilisée avec le RAG.',
      en: 'A database that stores embeddings and quickly finds the items closest in meaning; often used for RAG.',
    },
    related: ['embeddings', 'rag'],
  },
  {
    id: 'rag', category: 'concept',
    names: { fr: ['RAG (génération augmentée par récupération)', 'génération augmentée par récupération', 'génération augmentée de récupération'], en: ['RAG (retrieval-augmented generation)', 'retrieval-augmented generation', 'retrieval augmented generation'] },
    definition: {
      fr: "Technique qui va d'abord chercher des documents pertinents puis les donne au modèle pour qu'il réponde en s'appuyant dessus ; réduit sans supprimer les hallucinations.",
      en: 'A technique that first looks up relevant documents, then hands them to the model to answer from; it reduces hallucinations without removing them.',
    },
    related: ['embeddings', 'hallucination'],
    contextual: [{ aliases: ['RAG'], withIds: LLM_CONTEXT }],
  },
  {
    id: 'benchmark', category: 'concept',
    names: { fr: ["banc d'essai (benchmark)", "bancs d'essai", 'tests de référence'], en: ['AI benchmark', 'AI benchmarks', 'benchmark scores', 'LLM benchmarks'] },
    definition: {
      fr: "Série de tests standard pour comparer des modèles ; utile mais imparfaite, car les modèles peuvent avoir vu les questions pendant leur entraînement.",
      en: 'A standard set of tests to compare models; useful but flawed, since models may have seen the questions during training.',
    },
    related: ['llm'],
    contextual: [{ aliases: ['benchmark', 'benchmarks'], withIds: AI_CONTEXT }],
  },
  {
    id: 'distillation', category: 'concept',
    names: { fr: ['distillation de modèle', 'distillation (IA)'], en: ['model distillation', 'knowledge distillation', 'distilled model'] },
    definition: {
      fr: "Entraîner un petit modèle à imiter les réponses d'un grand, pour obtenir une bonne partie de ses capacités à moindre coût.",
      en: 'Training a small model to copy the answers of a large one, to get much of its ability at a lower cost.',
    },
    related: ['small-language-model', 'synthetic-data'],
    contextual: [{ aliases: ['distillation', 'distillé', 'distilled'], withIds: AI_CONTEXT }],
  },
  {
    id: 'quantization', category: 'concept',
    names: { fr: ['quantification (de modèle)', 'quantisation'], en: ['quantization', 'quantisation', 'quantized', 'quantised'] },
    definition: {
      fr: "Réduire la précision des nombres d'un modèle pour qu'il prenne moins de mémoire et tourne plus vite, au prix d'une petite perte de qualité.",
      en: "Storing a model's numbers with less precision so it uses less memory and runs faster, at the cost of a small loss of quality.",
    },
    related: ['small-language-model', 'parameters'],
    contextual: [{ aliases: ['quantification', 'quantifié', 'quantifiés'], withIds: AI_CONTEXT }],
  },
  {
    id: 'diffusion-model', category: 'concept',
    names: { fr: ['modèle de diffusion', 'modèles de diffusion'], en: ['diffusion model', 'diffusion models'] },
    definition: {
      fr: "Type de modèle qui crée une image (ou une vidéo) en partant d'un bruit aléatoire qu'il nettoie pas à pas ; utilisé par Stable Diffusion ou Midjourney.",
      en: 'A kind of model that creates an image (or video) by starting from random noise and cleaning it up step by step; used by Stable Diffusion and Midjourney.',
    },
    related: ['generative-ai', 'stable-diffusion', 'text-to-image'],
  },
  {
    id: 'text-to-image', category: 'concept',
    names: { fr: ["génération d'images", 'générateur d\'images', "générateurs d'images", 'texte vers image'], en: ['text-to-image', 'image generator', 'image generators', 'AI image generation', 'text-to-video'] },
    definition: {
      fr: "Outil d'IA qui fabrique une image ou une vidéo à partir d'une description écrite.",
      en: 'An AI tool that makes an image or video from a written description.',
    },
    related: ['diffusion-model', 'midjourney', 'deepfake'],
  },
  {
    id: 'reasoning-model', category: 'concept',
    names: { fr: ['modèle de raisonnement', 'modèles de raisonnement', 'chaîne de pensée'], en: ['reasoning model', 'reasoning models', 'chain of thought', 'chain-of-thought'] },
    definition: {
      fr: "Modèle qui écrit des étapes intermédiaires avant de répondre, ce qui améliore les maths ou le code mais coûte plus de calcul ; ces étapes ne reflètent pas toujours son vrai calcul.",
      en: 'A model that writes out intermediate steps before answering, which helps with maths or code but costs more computing; the steps do not always reflect what it really did.',
    },
    related: ['llm', 'inference'],
  },
  {
    id: 'mixture-of-experts', category: 'concept',
    names: { fr: ["mélange d'experts", 'MoE (mixture of experts)'], en: ['mixture of experts', 'mixture-of-experts'] },
    definition: {
      fr: "Architecture où le modèle est découpé en sous-réseaux spécialisés dont seuls quelques-uns servent à chaque mot, ce qui réduit le coût de calcul.",
      en: 'A design where the model is split into specialised sub-networks and only a few of them are used for each word, which cuts computing cost.',
    },
    related: ['mixtral', 'parameters'],
  },
  {
    id: 'reinforcement-learning', category: 'concept',
    names: { fr: ['apprentissage par renforcement'], en: ['reinforcement learning'] },
    definition: {
      fr: "Apprentissage par essais et erreurs : le programme reçoit une récompense quand il agit bien et ajuste sa stratégie pour en obtenir davantage.",
      en: 'Learning by trial and error: the program gets a reward when it does well and adjusts its strategy to earn more.',
    },
    related: ['rlhf', 'machine-learning'],
  },
  {
    id: 'alignment', category: 'concept',
    names: { fr: ["alignement de l'IA", 'alignement des modèles'], en: ['AI alignment', 'model alignment'] },
    definition: {
      fr: "Travaux pour qu'un système d'IA fasse ce que veulent ses concepteurs et ses utilisateurs, et respecte des valeurs humaines, y compris dans des cas imprévus.",
      en: 'Work to make an AI system do what its makers and users intend, and respect human values, including in situations nobody planned for.',
    },
    related: ['ai-safety', 'rlhf', 'guardrails'],
  },
  {
    id: 'ai-safety', category: 'concept',
    names: { fr: ["sécurité de l'IA", "sûreté de l'IA", 'IA responsable'], en: ['AI safety', 'responsible AI', 'AI risk', 'AI risks'] },
    definition: {
      fr: "Domaine qui étudie et limite les dommages possibles de l'IA, des erreurs du quotidien aux risques graves liés à des systèmes très puissants.",
      en: 'The field that studies and limits the harm AI can do, from everyday mistakes to serious risks from very powerful systems.',
    },
    related: ['alignment', 'red-teaming', 'ai-act'],
  },
  {
    id: 'red-teaming', category: 'concept',
    names: { fr: ['red teaming'], en: ['red teaming', 'red-teaming', 'red-teamed'] },
    definition: {
      fr: "Tests où des spécialistes attaquent volontairement un modèle pour trouver ses failles avant sa sortie (contenus dangereux, contournements).",
      en: 'Tests where specialists deliberately attack a model to find its weak spots before release (dangerous output, workarounds).',
    },
    related: ['jailbreak', 'ai-safety'],
    contextual: [{ aliases: ['red team', 'red teams'], withIds: AI_CONTEXT }],
  },
  {
    id: 'jailbreak', category: 'concept',
    names: { fr: ['jailbreak (contournement des garde-fous)'], en: ['jailbreak (AI)', 'AI jailbreak', 'AI jailbreaks'] },
    definition: {
      fr: "Formulation astucieuse qui pousse un modèle à ignorer ses garde-fous. (Le mot désigne aussi le déverrouillage d'un téléphone.)",
      en: "A cleverly worded request that gets a model to ignore its guardrails. (The word also means unlocking a phone's restrictions.)",
    },
    related: ['guardrails', 'prompt-injection'],
    contextual: [{ aliases: ['jailbreak', 'jailbreaks', 'jailbreaking', 'jailbroken', 'jailbreaker'], withIds: LLM_CONTEXT }],
  },
  {
    id: 'prompt-injection', category: 'concept',
    names: { fr: ['injection de prompt', 'injections de prompt', "injection d'instructions"], en: ['prompt injection', 'prompt injections', 'prompt-injection'] },
    definition: {
      fr: "Attaque où des instructions cachées dans une page, un mail ou un document détournent le comportement d'un assistant d'IA qui les lit.",
      en: 'An attack where instructions hidden in a web page, email or document hijack an AI assistant that reads them.',
    },
    related: ['prompt', 'ai-agents'],
  },
  {
    id: 'computer-vision', category: 'concept',
    names: { fr: ['vision par ordinateur', 'vision artificielle'], en: ['computer vision', 'machine vision'] },
    definition: {
      fr: "Branche de l'IA qui analyse les images et les vidéos : reconnaître des objets, des visages, lire un texte photographié.",
      en: 'The branch of AI that analyses images and video: recognising objects and faces, reading text in photos.',
    },
    related: ['facial-recognition', 'deep-learning'],
  },
  {
    id: 'nlp', category: 'concept',
    names: { fr: ['traitement automatique du langage', 'traitement du langage naturel', 'TALN'], en: ['natural language processing', 'NLP (natural language processing)'] },
    definition: {
      fr: "Branche de l'IA qui traite la langue humaine : traduction, résumé, analyse de sentiments, questions-réponses.",
      en: 'The branch of AI that deals with human language: translation, summaries, sentiment analysis, question answering.',
    },
    related: ['language-model', 'llm'],
  },
  {
    id: 'speech-recognition', category: 'concept',
    names: { fr: ['reconnaissance vocale', 'synthèse vocale', 'clonage de voix', 'clonage vocal'], en: ['speech recognition', 'voice cloning', 'text-to-speech', 'speech-to-text'] },
    definition: {
      fr: "Techniques qui transcrivent la parole en texte ou produisent une voix à partir d'un texte, jusqu'à imiter la voix d'une personne réelle.",
      en: "Techniques that turn speech into text or produce a voice from text, even imitating a real person's voice.",
    },
    related: ['deepfake', 'multimodal'],
  },
  {
    id: 'scaling-laws', category: 'concept',
    names: { fr: ["lois d'échelle", 'passage à l\'échelle des modèles'], en: ['scaling laws', 'scaling law'] },
    definition: {
      fr: "Constat empirique que les modèles s'améliorent de façon prévisible quand on augmente données, paramètres et calcul ; on débat de leur limite.",
      en: 'The observation that models improve predictably as data, parameters and computing grow; how long this holds is debated.',
    },
    related: ['parameters', 'compute'],
  },
  {
    id: 'compute', category: 'concept',
    names: { fr: ['puissance de calcul', 'capacité de calcul', 'capacités de calcul', 'ressources de calcul'], en: ['computing power', 'compute capacity', 'AI compute', 'training compute'] },
    definition: {
      fr: "Quantité de calcul disponible (puces, serveurs, énergie) pour entraîner et faire tourner des modèles ; devenue une ressource stratégique et chère.",
      en: 'The amount of computation available (chips, servers, energy) to train and run models; now a strategic and expensive resource.',
    },
    related: ['gpu', 'datacenter'],
  },
];
