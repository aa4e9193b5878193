/** Glossary data: the companies and labs that make AI news. */
import type { GlossaryEntry } from '../types';
import { AI_CONTEXT } from './context';

/** Companies, labs and platforms. */
export const COMPANIES: readonly GlossaryEntry[] = [
  {
    id: 'openai', category: 'company',
    names: { fr: ['OpenAI'], en: ['OpenAI (company)', 'Open AI'] },
    definition: {
      fr: "Entreprise américaine créée en 2015 comme laboratoire à but non lucratif, éditrice de ChatGPT et des modèles GPT, financée en grande partie par Microsoft.",
      en: 'US company founded in 2015 as a non-profit lab; maker of ChatGPT and the GPT models, largely funded by Microsoft.',
    },
    related: ['chatgpt', 'gpt-4', 'microsoft'],
  },
  {
    id: 'meta', category: 'company',
    names: { fr: ['Meta (maison mère de Facebook)', 'Meta Platforms', 'Meta AI', 'groupe Meta', 'Meta Quest'], en: ['Meta (Facebook owner)'] },
    definition: {
      fr: "Maison mère de Facebook, Instagram et WhatsApp (ex-Facebook Inc.), qui développe les modèles Llama et les diffuse en libre accès.",
      en: 'Parent company of Facebook, Instagram and WhatsApp (formerly Facebook Inc.); it develops the Llama models and releases their weights.',
    },
    related: ['llama', 'open-source'],
    // "Meta" alone is also a tag, a prefix or a video-game name: it needs a text about the company's
    // world, and never "Meta-analysis", "Meta tags" or "Méta-données".
    contextual: [{
      aliases: ['Meta'],
      withIds: ['llama', 'meta-connect', 'llm', 'generative-ai', 'openai', 'chatgpt', 'google', 'microsoft', 'nvidia', 'anthropic', 'chatbot'],
      withWords: ['Facebook', 'Instagram', 'WhatsApp', 'Messenger', 'Threads', 'Zuckerberg', 'Oculus', 'Quest', 'Workplace', 'Ray-Ban'],
      window: 400,
    }],
    hyphenJoins: true,
    notFollowedBy: ['tag', 'tags', 'description', 'descriptions', 'data', 'données', 'donnees', 'analysis', 'analyses', 'analyse', 'element', 'elements', 'title', 'key', 'keys', 'keywords', 'information', 'informations', 'box', 'refresh', 'viewport', 'robots', 'charset'],
  },
  {
    id: 'anthropic', category: 'company',
    names: { fr: ['Anthropic'], en: ['Anthropic (AI company)'] },
    definition: {
      fr: "Entreprise américaine fondée en 2021 par d'anciens d'OpenAI, éditrice des modèles Claude, qui met en avant la sécurité de l'IA ; soutenue par Amazon et Google.",
      en: 'US company founded in 2021 by former OpenAI staff; maker of the Claude models, it emphasises AI safety. Backed by Amazon and Google.',
    },
    related: ['claude', 'ai-safety'],
  },
  {
    id: 'google-deepmind', category: 'company',
    names: { fr: ['Google DeepMind', 'DeepMind'], en: ['Google DeepMind (AI lab)'] },
    definition: {
      fr: "Laboratoire d'IA de Google, né à Londres (DeepMind, racheté en 2014) et fusionné avec Google Brain en 2023 ; il développe Gemini.",
      en: "Google's AI lab, born in London (DeepMind, bought in 2014) and merged with Google Brain in 2023; it develops Gemini.",
    },
    related: ['gemini', 'google', 'alphafold'],
  },
  {
    id: 'google', category: 'company',
    names: { fr: ['Google'], en: ['Google (Alphabet)'] },
    definition: {
      fr: "Géant américain de la recherche en ligne et de la publicité (maison mère : Alphabet), qui a inventé l'architecture Transformer et développe Gemini.",
      en: 'US search and advertising giant (parent company: Alphabet) that invented the transformer design and develops Gemini.',
    },
    related: ['google-deepmind', 'gemini', 'tpu'],
    contextual: [{ aliases: ['Alphabet'], withIds: ['google'] }],
  },
  {
    id: 'microsoft', category: 'company',
    names: { fr: ['Microsoft'], en: ['Microsoft (company)'] },
    definition: {
      fr: "Éditeur de Windows et d'Office et fournisseur de cloud (Azure), principal investisseur d'OpenAI, dont il intègre les modèles dans ses produits.",
      en: "Maker of Windows and Office and cloud provider (Azure); OpenAI's main investor, whose models it builds into its products.",
    },
    related: ['azure', 'openai', 'copilot'],
  },
  {
    id: 'azure', category: 'company',
    names: { fr: ['Azure (cloud de Microsoft)', 'Microsoft Azure', 'Azure AI'], en: ['Azure (Microsoft cloud)'] },
    definition: {
      fr: "Plateforme de cloud de Microsoft, où tournent notamment les modèles d'OpenAI ; elle loue serveurs, GPU et modèles d'IA aux entreprises.",
      en: "Microsoft's cloud platform, where OpenAI's models run among others; it rents servers, GPUs and AI models to businesses.",
    },
    related: ['microsoft', 'cloud', 'openai'],
    // "azure" is also a colour (and a poetic sky): the bare word needs a text about Microsoft or the cloud.
    contextual: [{ aliases: ['Azure'], withIds: ['microsoft', 'cloud', 'openai', 'datacenter', 'gpu'] }],
  },
  {
    id: 'aws', category: 'company',
    names: { fr: ['AWS (Amazon Web Services)', 'AWS', 'Amazon Web Services', 'Amazon Bedrock'], en: ['Amazon Web Services (AWS)'] },
    definition: {
      fr: "Filiale cloud d'Amazon, premier fournisseur mondial de serveurs à la demande, qui propose aussi des puces et des modèles d'IA.",
      en: "Amazon's cloud division, the world's largest on-demand server provider, which also offers AI chips and models.",
    },
    related: ['cloud', 'anthropic'],
  },
  {
    id: 'nvidia', category: 'company',
    names: { fr: ['Nvidia'], en: ['Nvidia (chipmaker)'] },
    definition: {
      fr: "Fabricant américain de GPU qui domine le marché des puces pour l'IA ; l'une des entreprises les plus valorisées au monde.",
      en: 'US maker of GPUs that dominates the market for AI chips; one of the most valuable companies in the world.',
    },
    related: ['gpu', 'h100', 'cuda'],
  },
  {
    id: 'amd', category: 'company',
    names: { fr: ['AMD', 'AMD Instinct', 'MI300X'], en: ['AMD (chipmaker)'] },
    definition: {
      fr: "Fabricant américain de processeurs et de GPU, principal concurrent de Nvidia sur les puces d'IA (gamme Instinct).",
      en: "US maker of processors and GPUs, Nvidia's main rival in AI chips (Instinct line).",
    },
    related: ['nvidia', 'gpu'],
  },
  {
    id: 'intel', category: 'company',
    names: { fr: ['Intel (fabricant de puces)', 'Intel Gaudi', 'Intel Core', 'Intel Xeon'], en: ['Intel (chipmaker)'] },
    definition: {
      fr: "Fabricant américain historique de processeurs, distancé dans les puces d'IA et qui tente de revenir avec ses usines et ses accélérateurs Gaudi.",
      en: 'Long-established US processor maker, left behind in AI chips and trying to catch up with its factories and Gaudi accelerators.',
    },
    related: ['semiconductors', 'nvidia'],
    // "intel" is also slang for intelligence (information): the bare name needs a text about chips or computing.
    contextual: [{ aliases: ['Intel'], withIds: ['nvidia', 'amd', 'gpu', 'npu', 'semiconductors', 'tsmc', 'ai-chip', 'microsoft', 'datacenter', 'ai'] }],
  },
  {
    id: 'tsmc', category: 'company',
    names: { fr: ['TSMC'], en: ['TSMC (Taiwan Semiconductor Manufacturing Company)', 'Taiwan Semiconductor Manufacturing'] },
    definition: {
      fr: "Fondeur taïwanais qui fabrique la plupart des puces les plus avancées du monde, dont celles de Nvidia et d'Apple.",
      en: "Taiwanese foundry that manufactures most of the world's most advanced chips, including Nvidia's and Apple's.",
    },
    related: ['semiconductors', 'nvidia'],
  },
  {
    id: 'asml', category: 'company',
    names: { fr: ['ASML'], en: ['ASML (lithography machines)'] },
    definition: {
      fr: "Entreprise néerlandaise, seule à fabriquer les machines de lithographie EUV nécessaires aux puces les plus fines ; ses exportations vers la Chine sont restreintes.",
      en: 'Dutch company, the only maker of the EUV lithography machines needed for the most advanced chips; its exports to China are restricted.',
    },
    related: ['semiconductors', 'export-controls'],
  },
  {
    id: 'hugging-face', category: 'company',
    names: { fr: ['Hugging Face', 'HuggingFace'], en: ['Hugging Face (model hub)'] },
    definition: {
      fr: "Plateforme franco-américaine où chercheurs et entreprises publient et téléchargent modèles et jeux de données ouverts.",
      en: 'French-American platform where researchers and companies publish and download open models and datasets.',
    },
    related: ['open-weights', 'dataset'],
  },
  {
    id: 'mistral-ai', category: 'company',
    names: { fr: ['Mistral AI'], en: ['Mistral AI (French AI company)'] },
    definition: {
      fr: "Start-up française fondée en 2023 par d'anciens de Meta et de Google DeepMind, qui publie des modèles de langage dont certains à poids ouverts.",
      en: 'French start-up founded in 2023 by former Meta and Google DeepMind researchers; it releases language models, some with open weights.',
    },
    related: ['mixtral', 'open-weights'],
    // "Mistral" alone is also a wind: it counts only in a text about AI.
    contextual: [{ aliases: ['Mistral'], withIds: AI_CONTEXT.filter((id) => id !== 'mistral-ai').concat(['mixtral']) }],
  },
  {
    id: 'stability-ai', category: 'company',
    names: { fr: ['Stability AI'], en: ['Stability AI (company)'] },
    definition: {
      fr: "Entreprise britannique éditrice de Stable Diffusion, poursuivie par Getty Images pour l'usage de ses photos à l'entraînement.",
      en: 'British company behind Stable Diffusion, sued by Getty Images over the use of its photos in training.',
    },
    related: ['stable-diffusion', 'copyright'],
  },
  {
    id: 'xai', category: 'company',
    names: { fr: ['xAI'], en: ['xAI (Elon Musk company)'] },
    definition: {
      fr: "Entreprise d'IA fondée par Elon Musk en 2023, éditrice du chatbot Grok.",
      en: 'AI company founded by Elon Musk in 2023, maker of the Grok chatbot.',
    },
    related: ['grok'],
  },
  {
    id: 'github', category: 'company',
    names: { fr: ['GitHub'], en: ['GitHub (code hosting)'] },
    definition: {
      fr: "Plateforme d'hébergement de code appartenant à Microsoft, qui propose l'assistant de programmation GitHub Copilot.",
      en: 'Code hosting platform owned by Microsoft, which offers the GitHub Copilot coding assistant.',
    },
    related: ['copilot', 'microsoft'],
  },
  {
    id: 'perplexity', category: 'company',
    names: { fr: ['Perplexity AI'], en: ['Perplexity AI (answer engine)'] },
    definition: {
      fr: "Start-up américaine dont le moteur de réponses combine recherche web et modèles de langage, critiquée par des médias pour la reprise de leurs articles.",
      en: 'US start-up whose answer engine combines web search and language models; criticised by publishers for reusing their articles.',
    },
    related: ['rag', 'copyright'],
    contextual: [{ aliases: ['Perplexity'], withIds: AI_CONTEXT }],
  },
  {
    id: 'cohere', category: 'company',
    names: { fr: ['Cohere (entreprise)'], en: ['Cohere (AI company)'] },
    definition: {
      fr: "Entreprise canadienne qui vend des modèles de langage aux entreprises.",
      en: 'Canadian company that sells language models to businesses.',
    },
    related: ['llm'],
    contextual: [{ aliases: ['Cohere'], withIds: AI_CONTEXT }],
  },
  {
    id: 'baidu', category: 'company',
    names: { fr: ['Baidu', 'Ernie Bot'], en: ['Baidu (Chinese search giant)'] },
    definition: {
      fr: "Moteur de recherche chinois qui développe les modèles et le chatbot Ernie.",
      en: 'Chinese search engine company that develops the Ernie models and chatbot.',
    },
    related: ['alibaba', 'export-controls'],
  },
  {
    id: 'alibaba', category: 'company',
    names: { fr: ['Alibaba', 'Alibaba Cloud'], en: ['Alibaba (Chinese tech group)'] },
    definition: {
      fr: "Géant chinois du commerce en ligne et du cloud, éditeur des modèles Qwen.",
      en: 'Chinese e-commerce and cloud giant, maker of the Qwen models.',
    },
    related: ['qwen', 'baidu'],
  },
  {
    id: 'scale-ai', category: 'company',
    names: { fr: ['Scale AI'], en: ['Scale AI (data labelling)'] },
    definition: {
      fr: "Entreprise américaine qui fournit des données annotées par des humains pour entraîner et évaluer les modèles d'IA.",
      en: 'US company that supplies human-labelled data to train and evaluate AI models.',
    },
    related: ['training-data', 'rlhf'],
  },
  {
    id: 'character-ai', category: 'company',
    names: { fr: ['Character.AI', 'Character AI'], en: ['Character.AI (chatbot app)'] },
    definition: {
      fr: "Application de chatbots à personnages, très populaire chez les adolescents et mise en cause pour ses effets sur des utilisateurs fragiles.",
      en: 'App of character chatbots, very popular with teenagers and criticised over its effects on vulnerable users.',
    },
    related: ['chatbot'],
  },
];
