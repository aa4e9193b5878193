/** Glossary data: the outlets AI news cites as sources, and the events where news breaks. */
import type { GlossaryEntry } from '../types';

/** News outlets often named as the source of a report. */
export const MEDIA: readonly GlossaryEntry[] = [
  {
    id: 'wsj', category: 'media',
    names: { fr: ['Wall Street Journal (WSJ)', 'Wall Street Journal', 'WSJ'], en: ['The Wall Street Journal'] },
    definition: {
      fr: "Quotidien économique américain (groupe News Corp) dont les révélations sur les projets des entreprises tech sont très citées.",
      en: 'US business daily (News Corp) whose scoops on tech companies\' plans are widely cited.',
    },
    related: ['bloomberg', 'reuters'],
  },
  {
    id: 'reuters', category: 'media',
    names: { fr: ['Reuters'], en: ['Reuters (news agency)'] },
    definition: {
      fr: "Agence de presse internationale basée à Londres ; ses dépêches sont reprises par de nombreux médias.",
      en: 'International news agency based in London; its reports are picked up by many outlets.',
    },
    related: ['afp', 'bloomberg'],
  },
  {
    id: 'bloomberg', category: 'media',
    names: { fr: ['Bloomberg'], en: ['Bloomberg (financial news)'] },
    definition: {
      fr: "Groupe américain d'information financière (agence, télévision, terminaux) ; souvent à l'origine d'informations exclusives sur les levées de fonds.",
      en: 'US financial news group (wire, TV, terminals); often the source of exclusive reports on funding rounds.',
    },
    related: ['wsj', 'reuters'],
  },
  {
    id: 'financial-times', category: 'media',
    names: { fr: ['Financial Times'], en: ['Financial Times (FT)'] },
    definition: {
      fr: "Quotidien économique britannique de référence, abrégé FT.",
      en: 'Leading British business daily, often abbreviated FT.',
    },
    related: ['wsj', 'bloomberg'],
  },
  {
    id: 'nyt', category: 'media',
    names: { fr: ['New York Times'], en: ['The New York Times', 'NYT', 'NYTimes'] },
    definition: {
      fr: "Quotidien américain qui poursuit OpenAI et Microsoft depuis fin 2023 pour l'usage de ses articles à l'entraînement de leurs modèles.",
      en: 'US daily that has been suing OpenAI and Microsoft since late 2023 over the use of its articles to train their models.',
    },
    related: ['copyright', 'openai'],
  },
  {
    id: 'the-information', category: 'media',
    names: { fr: ['The Information (média)'], en: ['The Information (tech news site)'] },
    definition: {
      fr: "Site d'information payant de la Silicon Valley, spécialisé dans les révélations sur les entreprises tech.",
      en: 'Paid Silicon Valley news site specialising in scoops about tech companies.',
    },
    related: ['wsj'],
    contextual: [{ aliases: ['The Information'], withWords: ['rapporte', 'selon', 'reported', 'reports', 'according', 'told', 'citant', 'citing'], window: 40 }],
  },
  {
    id: 'the-verge', category: 'media',
    names: { fr: ['The Verge'], en: ['The Verge (tech news site)'] },
    definition: {
      fr: "Site américain d'actualité technologique.",
      en: 'US technology news website.',
    },
    related: ['techcrunch'],
  },
  {
    id: 'techcrunch', category: 'media',
    names: { fr: ['TechCrunch'], en: ['TechCrunch (tech news site)'] },
    definition: {
      fr: "Site américain d'actualité des start-up et des levées de fonds.",
      en: 'US news site about start-ups and funding rounds.',
    },
    related: ['the-verge'],
  },
  {
    id: 'afp', category: 'media',
    names: { fr: ['AFP (Agence France-Presse)', 'AFP', 'Agence France-Presse'], en: ['Agence France-Presse (AFP)'] },
    definition: {
      fr: "Agence de presse française, l'une des trois grandes agences mondiales.",
      en: 'French news agency, one of the three major global wires.',
    },
    related: ['reuters'],
  },
  {
    id: 'les-echos', category: 'media',
    names: { fr: ['Les Echos', 'Les Échos'], en: ['Les Echos (French business daily)'] },
    definition: {
      fr: "Quotidien économique français.",
      en: 'French business daily.',
    },
    related: ['financial-times'],
  },
];

/** Conferences and launch events where AI news is announced. */
export const EVENTS: readonly GlossaryEntry[] = [
  {
    id: 'meta-connect', category: 'event',
    names: { fr: ['Meta Connect'], en: ['Meta Connect (conference)'] },
    definition: {
      fr: "Conférence annuelle de Meta, à l'automne, où l'entreprise présente ses lunettes connectées, casques de réalité virtuelle et nouveautés d'IA.",
      en: "Meta's yearly autumn conference where it shows its smart glasses, VR headsets and AI news.",
    },
    related: ['meta', 'llama'],
  },
  {
    id: 'google-io', category: 'event',
    names: { fr: ['Google I/O'], en: ['Google I/O (conference)'] },
    definition: {
      fr: "Conférence annuelle des développeurs de Google, en mai, où sont annoncés les nouveaux modèles et produits d'IA.",
      en: "Google's yearly developer conference in May, where new AI models and products are announced.",
    },
    related: ['google', 'gemini'],
  },
  {
    id: 'wwdc', category: 'event',
    names: { fr: ['WWDC'], en: ['WWDC (Apple conference)', 'Worldwide Developers Conference'] },
    definition: {
      fr: "Conférence annuelle des développeurs d'Apple, en juin ; en 2024, Apple y a présenté Apple Intelligence.",
      en: "Apple's yearly developer conference in June; in 2024 Apple unveiled Apple Intelligence there.",
    },
    related: ['apple-intelligence'],
  },
  {
    id: 'apple-intelligence', category: 'model',
    names: { fr: ['Apple Intelligence'], en: ['Apple Intelligence (Apple AI features)'] },
    definition: {
      fr: "Ensemble de fonctions d'IA d'Apple (résumés, réécriture, Siri amélioré), en partie traitées sur l'appareil, annoncé en 2024.",
      en: "Apple's set of AI features (summaries, rewriting, an improved Siri), partly processed on the device; announced in 2024.",
    },
    related: ['edge-ai', 'wwdc'],
  },
  {
    id: 'ces', category: 'event',
    names: { fr: ['CES (salon de Las Vegas)', 'CES de Las Vegas', 'Consumer Electronics Show'], en: ['CES (Las Vegas tech show)', 'CES Las Vegas'] },
    definition: {
      fr: "Grand salon de l'électronique grand public, chaque janvier à Las Vegas.",
      en: 'Big consumer electronics trade show held every January in Las Vegas.',
    },
    related: ['edge-ai'],
    contextual: [{ aliases: ['CES'], withWords: ['Las Vegas', 'salon', 'show', 'keynote', '2023', '2024', '2025', '2026'], window: 40 }],
  },
  {
    id: 'nvidia-gtc', category: 'event',
    names: { fr: ['GTC (conférence Nvidia)', 'Nvidia GTC'], en: ['GTC (Nvidia conference)', 'GPU Technology Conference'] },
    definition: {
      fr: "Conférence annuelle de Nvidia, en mars, où sont présentées ses nouvelles générations de puces.",
      en: "Nvidia's yearly conference in March, where its new generations of chips are presented.",
    },
    related: ['nvidia', 'b200'],
    contextual: [{ aliases: ['GTC'], withIds: ['nvidia'] }],
  },
  {
    id: 'neurips', category: 'event',
    names: { fr: ['NeurIPS', 'ICML', 'ICLR'], en: ['NeurIPS (AI research conference)'] },
    definition: {
      fr: "Grandes conférences scientifiques annuelles en apprentissage automatique, où sont présentés de nombreux travaux de recherche.",
      en: 'Major yearly scientific conferences on machine learning, where much research is presented.',
    },
    related: ['machine-learning'],
  },
  {
    id: 'vivatech', category: 'event',
    names: { fr: ['VivaTech', 'Viva Technology'], en: ['VivaTech (Paris tech show)'] },
    definition: {
      fr: "Salon des start-up et de l'innovation organisé chaque année à Paris.",
      en: 'Start-up and innovation show held every year in Paris.',
    },
    related: ['mistral-ai'],
  },
  {
    id: 'openai-devday', category: 'event',
    names: { fr: ['DevDay (OpenAI)', 'OpenAI DevDay'], en: ['OpenAI DevDay (conference)'] },
    definition: {
      fr: "Conférence des développeurs d'OpenAI, où l'entreprise annonce ses nouveaux modèles et outils.",
      en: "OpenAI's developer conference, where it announces new models and tools.",
    },
    related: ['openai'],
    contextual: [{ aliases: ['DevDay'], withIds: ['openai'] }],
  },
  {
    id: 'microsoft-build', category: 'event',
    names: { fr: ['Microsoft Build'], en: ['Microsoft Build (conference)'] },
    definition: {
      fr: "Conférence annuelle des développeurs de Microsoft, où sont présentées les nouveautés de Copilot et d'Azure.",
      en: "Microsoft's yearly developer conference, where Copilot and Azure updates are presented.",
    },
    related: ['microsoft', 'copilot'],
  },
];
