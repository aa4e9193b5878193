/** Glossary data: the AI models and products most often named in the news. */
import type { GlossaryEntry } from '../types';
import { AI_CONTEXT } from './context';

/** Models and AI products. */
export const MODELS: readonly GlossaryEntry[] = [
  {
    id: 'gpt-4', category: 'model',
    names: { fr: ['GPT-4', 'GPT-4 Turbo', 'GPT4', 'GPT 4'], en: ['GPT-4 (OpenAI model)'] },
    definition: {
      fr: "Grand modèle de langage d'OpenAI sorti en mars 2023, qui fait tourner la version payante de ChatGPT ; OpenAI n'a pas publié sa taille ni ses données.",
      en: "OpenAI's large language model released in March 2023, behind the paid version of ChatGPT; OpenAI did not disclose its size or training data.",
    },
    related: ['openai', 'chatgpt', 'gpt-4o'],
  },
  {
    id: 'gpt-4o', category: 'model',
    names: { fr: ['GPT-4o', 'GPT-4o mini'], en: ['GPT-4o (OpenAI model)'] },
    definition: {
      fr: "Modèle multimodal d'OpenAI de mai 2024 (« o » pour omni), qui comprend et produit texte, images et voix en temps réel.",
      en: "OpenAI's multimodal model from May 2024 ('o' for omni) that understands and produces text, images and voice in real time.",
    },
    related: ['gpt-4', 'multimodal'],
  },
  {
    id: 'gpt-3', category: 'model',
    names: { fr: ['GPT-3', 'GPT-3.5', 'GPT-3.5 Turbo'], en: ['GPT-3 (OpenAI model)'] },
    definition: {
      fr: "Modèles de langage d'OpenAI de 2020 à 2022 ; GPT-3.5 faisait tourner la première version de ChatGPT.",
      en: "OpenAI's language models from 2020 to 2022; GPT-3.5 powered the first version of ChatGPT.",
    },
    related: ['gpt-4', 'chatgpt'],
  },
  {
    id: 'gpt-5', category: 'model',
    names: { fr: ['GPT-5'], en: ['GPT-5 (OpenAI model)'] },
    definition: {
      fr: "Génération de modèles d'OpenAI succédant à GPT-4, longtemps annoncée et commentée avant sa sortie en 2025.",
      en: "OpenAI's generation of models after GPT-4, long anticipated and discussed before its 2025 release.",
    },
    related: ['gpt-4', 'openai'],
  },
  {
    id: 'chatgpt', category: 'model',
    names: { fr: ['ChatGPT', 'Chat GPT', 'ChatGPT Plus'], en: ['ChatGPT (OpenAI chatbot)'] },
    definition: {
      fr: "Chatbot d'OpenAI lancé fin 2022, dont le succès a déclenché la course actuelle à l'IA générative ; il repose sur les modèles GPT.",
      en: "OpenAI's chatbot launched in late 2022, whose success set off the current generative AI race; it runs on GPT models.",
    },
    related: ['openai', 'gpt-4', 'chatbot'],
  },
  {
    id: 'openai-o1', category: 'model',
    names: { fr: ['OpenAI o1', 'OpenAI o3', 'o1-preview', 'o1-mini', 'o3-mini'], en: ['OpenAI o1 (reasoning model)'] },
    definition: {
      fr: "Série de modèles de raisonnement d'OpenAI (à partir de septembre 2024) qui « réfléchissent » plus longtemps avant de répondre.",
      en: "OpenAI's series of reasoning models (from September 2024) that 'think' longer before answering.",
    },
    related: ['reasoning-model', 'openai'],
  },
  {
    id: 'dall-e', category: 'model',
    names: { fr: ['DALL-E', 'DALL·E', 'DALL-E 3', 'Dall-E'], en: ['DALL-E (OpenAI image model)'] },
    definition: {
      fr: "Générateur d'images d'OpenAI à partir d'une description écrite, intégré à ChatGPT.",
      en: "OpenAI's image generator that works from a written description; built into ChatGPT.",
    },
    related: ['text-to-image', 'openai'],
  },
  {
    id: 'sora', category: 'model',
    names: { fr: ['Sora (OpenAI)', 'OpenAI Sora'], en: ['Sora (OpenAI video model)'] },
    definition: {
      fr: "Modèle d'OpenAI qui génère des vidéos réalistes à partir d'un texte, présenté en février 2024.",
      en: "OpenAI's model that generates realistic videos from text, shown in February 2024.",
    },
    related: ['text-to-image', 'deepfake'],
    contextual: [{ aliases: ['Sora'], withIds: ['openai', 'chatgpt'] }],
  },
  {
    id: 'llama', category: 'model',
    names: { fr: ['Llama (modèles de Meta)', 'Llama 2', 'Llama 3', 'Llama 3.1', 'Llama 3.2', 'Llama 3.3', 'Llama 4', 'LLaMA', 'Code Llama', 'Llama-2', 'Llama-3'], en: ['Llama (Meta model family)'] },
    definition: {
      fr: "Famille de grands modèles de langage de Meta dont les poids sont téléchargeables (Llama 2 en 2023, Llama 3 en 2024), sous une licence qui pose des limites.",
      en: "Meta's family of large language models whose weights can be downloaded (Llama 2 in 2023, Llama 3 in 2024), under a licence with some limits.",
    },
    related: ['meta', 'open-weights', 'open-source'],
    // "Llama" alone may be the animal: it counts only in a text about AI or Meta.
    contextual: [{ aliases: ['Llama'], withIds: [...AI_CONTEXT, 'meta'] }],
  },
  {
    id: 'gemini', category: 'model',
    names: { fr: ['Gemini (Google)', 'Google Gemini', 'Gemini Pro', 'Gemini Ultra', 'Gemini Nano', 'Gemini Advanced', 'Gemini 1.5', 'Gemini 2.0', 'Gemini 2.5', 'Gemini Flash'], en: ['Gemini (Google model)'] },
    definition: {
      fr: "Famille de modèles multimodaux de Google DeepMind (depuis décembre 2023) et nom de l'assistant de Google qui a remplacé Bard.",
      en: "Google DeepMind's family of multimodal models (since December 2023) and the name of Google's assistant that replaced Bard.",
    },
    related: ['google-deepmind', 'google', 'bard'],
    contextual: [{ aliases: ['Gemini'], withIds: ['google', 'google-deepmind', 'bard', 'tpu', 'gemma'] }],
  },
  {
    id: 'gemma', category: 'model',
    names: { fr: ['Gemma (Google)', 'Google Gemma', 'Gemma 2', 'Gemma 3'], en: ['Gemma (Google open model)'] },
    definition: {
      fr: "Petits modèles de Google dont les poids sont téléchargeables, dérivés des travaux sur Gemini.",
      en: "Google's small models with downloadable weights, derived from its work on Gemini.",
    },
    related: ['gemini', 'open-weights'],
  },
  {
    id: 'bard', category: 'model',
    names: { fr: ['Google Bard'], en: ['Bard (Google chatbot)'] },
    definition: {
      fr: "Chatbot lancé par Google en 2023 en réponse à ChatGPT, renommé Gemini en février 2024.",
      en: "The chatbot Google launched in 2023 in answer to ChatGPT, renamed Gemini in February 2024.",
    },
    related: ['gemini', 'google'],
    contextual: [{ aliases: ['Bard'], withIds: ['google', 'chatgpt', 'gemini'] }],
  },
  {
    id: 'claude', category: 'model',
    names: { fr: ['Claude (Anthropic)', 'Claude 2', 'Claude 3', 'Claude 3.5', 'Claude 3.7', 'Claude 4', 'Claude Opus', 'Claude Sonnet', 'Claude Haiku', 'Claude 3 Opus', 'Claude 3.5 Sonnet', 'Claude 3 Haiku', 'Claude AI', 'Claude.ai'], en: ['Claude (Anthropic model)'] },
    definition: {
      fr: "Famille de modèles de langage et chatbot de l'entreprise Anthropic, concurrent de ChatGPT. (Ne pas confondre avec le prénom.)",
      en: "The family of language models and chatbot made by Anthropic, a rival to ChatGPT.",
    },
    related: ['anthropic', 'llm'],
    // "Claude" alone is a French first name: it counts only in a text that also names Anthropic.
    contextual: [{ aliases: ['Claude'], withIds: ['anthropic'] }],
  },
  {
    id: 'mixtral', category: 'model',
    names: { fr: ['Mixtral', 'Mixtral 8x7B', 'Mistral Large', 'Mistral 7B', 'Mistral Small', 'Codestral', 'Le Chat (Mistral)'], en: ['Mixtral (Mistral AI models)'] },
    definition: {
      fr: "Modèles de la start-up française Mistral AI, dont certains ont des poids téléchargeables ; Mixtral utilise un mélange d'experts.",
      en: "Models from the French start-up Mistral AI, some with downloadable weights; Mixtral uses a mixture of experts.",
    },
    related: ['mistral-ai', 'mixture-of-experts', 'open-weights'],
  },
  {
    id: 'copilot', category: 'model',
    names: { fr: ['Copilot (Microsoft)', 'Microsoft Copilot', 'GitHub Copilot', 'Copilot+', 'Copilot Pro', 'Microsoft 365 Copilot'], en: ['Copilot (Microsoft assistant)'] },
    definition: {
      fr: "Nom des assistants d'IA de Microsoft (Windows, Office, GitHub pour le code), fondés en grande partie sur les modèles d'OpenAI.",
      en: "The name of Microsoft's AI assistants (in Windows, Office, and GitHub for code), largely built on OpenAI's models.",
    },
    related: ['microsoft', 'openai'],
    contextual: [{ aliases: ['Copilot'], withIds: ['microsoft', 'github', 'openai', 'chatgpt'] }],
  },
  {
    id: 'stable-diffusion', category: 'model',
    names: { fr: ['Stable Diffusion', 'SDXL'], en: ['Stable Diffusion (image model)'] },
    definition: {
      fr: "Modèle de génération d'images de Stability AI dont les poids sont publics, ce qui a permis de nombreux usages, y compris abusifs.",
      en: 'Stability AI\'s image generation model with public weights, which enabled many uses, including abusive ones.',
    },
    related: ['stability-ai', 'diffusion-model', 'open-weights'],
  },
  {
    id: 'midjourney', category: 'model',
    names: { fr: ['Midjourney'], en: ['Midjourney (image generator)'] },
    definition: {
      fr: "Service de génération d'images à partir de texte, réputé pour son rendu artistique, poursuivi par des artistes pour droit d'auteur.",
      en: 'A text-to-image service known for its artistic style, sued by artists over copyright.',
    },
    related: ['text-to-image', 'copyright'],
  },
  {
    id: 'grok', category: 'model',
    names: { fr: ['Grok (xAI)', 'Grok-1', 'Grok 2', 'Grok 3', 'Grok-2', 'Grok-3'], en: ['Grok (xAI chatbot)'] },
    definition: {
      fr: "Chatbot de xAI, l'entreprise d'Elon Musk, intégré au réseau social X.",
      en: "The chatbot from Elon Musk's company xAI, built into the social network X.",
    },
    related: ['xai'],
    contextual: [{ aliases: ['Grok'], withIds: ['xai', 'chatgpt', 'openai', 'llm'] }],
  },
  {
    id: 'deepseek', category: 'model',
    names: { fr: ['DeepSeek', 'DeepSeek-R1', 'DeepSeek-V3', 'DeepSeek R1', 'DeepSeek V3'], en: ['DeepSeek (Chinese AI lab)'] },
    definition: {
      fr: "Laboratoire chinois d'IA dont les modèles à poids ouverts (R1, V3) ont surpris début 2025 par leurs performances pour un coût annoncé bas.",
      en: 'A Chinese AI lab whose open-weight models (R1, V3) surprised people in early 2025 with strong results at a reportedly low cost.',
    },
    related: ['open-weights', 'export-controls', 'reasoning-model'],
  },
  {
    id: 'qwen', category: 'model',
    names: { fr: ['Qwen'], en: ['Qwen (Alibaba model family)'] },
    definition: {
      fr: "Famille de modèles de langage d'Alibaba, en grande partie à poids ouverts.",
      en: "Alibaba's family of language models, mostly with open weights.",
    },
    related: ['alibaba', 'open-weights'],
  },
  {
    id: 'bert', category: 'model',
    names: { fr: ['BERT (Google)'], en: ['BERT (Google model)'] },
    definition: {
      fr: "Modèle de langage de Google (2018) qui a popularisé l'architecture Transformer pour comprendre le texte, notamment dans la recherche web.",
      en: "Google's 2018 language model that popularised the transformer design for understanding text, notably in web search.",
    },
    related: ['transformer', 'google'],
    contextual: [{ aliases: ['BERT'], withIds: AI_CONTEXT }],
  },
  {
    id: 'alphafold', category: 'model',
    names: { fr: ['AlphaFold', 'AlphaGo', 'AlphaZero'], en: ['AlphaFold (DeepMind)'] },
    definition: {
      fr: "Systèmes d'IA de DeepMind : AlphaGo a battu le champion de go en 2016, AlphaFold prédit la forme des protéines (prix Nobel de chimie 2024).",
      en: "DeepMind's AI systems: AlphaGo beat the Go champion in 2016; AlphaFold predicts protein shapes (2024 Nobel Prize in Chemistry).",
    },
    related: ['google-deepmind'],
  },
];
