/** Glossary data: law, regulation and the social questions AI news keeps raising. */
import type { GlossaryEntry } from '../types';
import { AI_CONTEXT } from './context';

/** Policy, law and society. */
export const POLICY: readonly GlossaryEntry[] = [
  {
    id: 'ai-act', category: 'policy',
    names: { fr: ["AI Act (règlement européen sur l'IA)", "règlement européen sur l'IA", "règlement européen sur l'intelligence artificielle", "règlement sur l'IA", "loi européenne sur l'IA"], en: ['AI Act', 'EU AI Act', 'European AI Act', 'Artificial Intelligence Act'] },
    definition: {
      fr: "Règlement de l'Union européenne adopté en 2024 qui classe les usages de l'IA par niveau de risque, en interdit certains et impose des obligations aux autres.",
      en: 'European Union law adopted in 2024 that sorts AI uses by level of risk, bans some and sets obligations for the rest.',
    },
    related: ['gdpr', 'ai-safety'],
  },
  {
    id: 'copyright', category: 'policy',
    names: { fr: ["droits d'auteur", "droit d'auteur", 'propriété intellectuelle'], en: ['copyright (and AI)', 'copyright infringement', 'copyrighted works', 'copyrighted material', 'copyright holders', 'copyright lawsuit', 'fair use'] },
    definition: {
      fr: "Droits des créateurs sur leurs œuvres ; des auteurs, artistes et médias contestent l'usage de leurs contenus pour entraîner des IA sans accord ni paiement.",
      en: "Creators' rights over their works; authors, artists and media dispute the use of their content to train AI without consent or payment.",
    },
    related: ['training-data', 'dataset'],
    // Bare "copyright" is mostly page footers ("Copyright © 2015"): only in a text about AI, never next to ©.
    contextual: [{ aliases: ['copyright', 'copyrighted'], withIds: AI_CONTEXT }],
    notPrecededBy: ['©', '(c)'],
    notFollowedBy: ['©', '(c)', '19*', '20*', 'notice', 'all rights', 'tous droits'],
  },
  {
    id: 'disinformation', category: 'policy',
    names: { fr: ['désinformation', 'mésinformation', 'infox', 'fausses informations'], en: ['disinformation', 'misinformation', 'fake news'] },
    definition: {
      fr: "Fausses informations diffusées, volontairement ou non ; l'IA générative permet d'en produire beaucoup, vite et de façon crédible.",
      en: 'False information spread on purpose (disinformation) or not (misinformation); generative AI can produce it fast, in bulk and convincingly.',
    },
    related: ['deepfake', 'generative-ai'],
  },
  {
    id: 'deepfake', category: 'policy',
    names: { fr: ['hypertrucage (deepfake)', 'deepfake', 'deepfakes', 'hypertrucage', 'hypertrucages'], en: ['deepfake', 'deep fake', 'deep fakes', 'deep-fake'] },
    definition: {
      fr: "Image, vidéo ou voix truquée par IA qui fait dire ou faire à une vraie personne quelque chose qu'elle n'a jamais dit ou fait.",
      en: 'An image, video or voice faked with AI that makes a real person appear to say or do something they never did.',
    },
    related: ['disinformation', 'watermarking'],
  },
  {
    id: 'watermarking', category: 'policy',
    names: { fr: ['tatouage numérique', 'filigrane numérique', "marquage des contenus générés"], en: ['AI watermarking', 'digital watermark', 'watermarking', 'content credentials', 'C2PA'] },
    definition: {
      fr: "Marque invisible insérée dans un contenu produit par IA pour pouvoir le reconnaître ensuite ; utile mais souvent effaçable.",
      en: 'An invisible mark embedded in AI-made content so it can be recognised later; useful but often removable.',
    },
    related: ['deepfake', 'ai-act'],
  },
  {
    id: 'bias', category: 'policy',
    names: { fr: ['biais algorithmique', 'biais algorithmiques', 'biais des algorithmes', 'biais des modèles', "biais de l'IA"], en: ['algorithmic bias', 'AI bias', 'model bias', 'biased algorithms'] },
    definition: {
      fr: "Résultats systématiquement défavorables à certains groupes, souvent hérités des données d'entraînement (recrutement, crédit, reconnaissance faciale).",
      en: 'Results that systematically disadvantage some groups, often inherited from the training data (hiring, credit, face recognition).',
    },
    related: ['training-data', 'dataset'],
  },
  {
    id: 'gdpr', category: 'policy',
    names: { fr: ['RGPD', 'règlement général sur la protection des données'], en: ['GDPR', 'General Data Protection Regulation'] },
    definition: {
      fr: "Loi européenne de 2018 sur les données personnelles ; elle s'applique aussi aux données qui servent à entraîner ou à utiliser des IA.",
      en: 'The 2018 European law on personal data; it also applies to data used to train or run AI.',
    },
    related: ['cnil', 'ai-act', 'personal-data'],
  },
  {
    id: 'personal-data', category: 'policy',
    names: { fr: ['données personnelles (vie privée)', 'données à caractère personnel'], en: ['personal data (privacy)', 'data privacy'] },
    definition: {
      fr: "Toute information liée à une personne identifiable ; les entreprises d'IA s'en servent pour entraîner leurs modèles, ce qui pose des questions de consentement.",
      en: 'Any information about an identifiable person; AI companies use it to train models, which raises questions of consent.',
    },
    related: ['gdpr', 'training-data'],
    // Alone, these are mostly privacy-policy links in page footers: they count in a text about AI.
    contextual: [{ aliases: ['données personnelles', 'personal data', 'user data'], withIds: AI_CONTEXT }],
  },
  {
    id: 'cnil', category: 'policy',
    names: { fr: ['CNIL', "Commission nationale de l'informatique et des libertés"], en: ['CNIL (French data protection authority)'] },
    definition: {
      fr: "Autorité française de protection des données personnelles, qui contrôle aussi les usages de l'IA.",
      en: 'The French data protection authority, which also oversees uses of AI.',
    },
    related: ['gdpr'],
  },
  {
    id: 'export-controls', category: 'policy',
    names: { fr: ["restrictions à l'exportation", "contrôles à l'exportation", "restrictions d'exportation", "contrôle des exportations"], en: ['export controls', 'export restrictions', 'chip export', 'chip exports', 'export ban'] },
    definition: {
      fr: "Règles, surtout américaines, qui interdisent de vendre certaines puces d'IA et machines de fabrication à la Chine et à d'autres pays.",
      en: 'Rules, mostly American, that forbid selling certain AI chips and chipmaking machines to China and other countries.',
    },
    related: ['a100', 'h100', 'asml'],
  },
  {
    id: 'facial-recognition', category: 'policy',
    names: { fr: ['reconnaissance faciale', 'surveillance biométrique', 'identification biométrique'], en: ['facial recognition', 'face recognition', 'biometric surveillance'] },
    definition: {
      fr: "Identification automatique des personnes à partir de leur visage ; l'AI Act en encadre strictement l'usage en temps réel dans l'espace public.",
      en: "Automatically identifying people from their faces; the EU AI Act tightly restricts its real-time use in public spaces.",
    },
    related: ['computer-vision', 'ai-act', 'bias'],
  },
  {
    id: 'digital-services-act', category: 'policy',
    names: { fr: ['DSA (règlement sur les services numériques)', 'Digital Services Act', 'règlement sur les services numériques', 'Digital Markets Act', 'DMA (règlement sur les marchés numériques)'], en: ['DSA (Digital Services Act)'] },
    definition: {
      fr: "Règlements européens de 2022 qui imposent aux grandes plateformes de lutter contre les contenus illicites (DSA) et d'ouvrir leurs marchés (DMA).",
      en: 'EU laws from 2022 requiring big platforms to tackle illegal content (DSA) and to open up their markets (DMA).',
    },
    related: ['ai-act', 'disinformation'],
  },
  {
    id: 'antitrust', category: 'policy',
    names: { fr: ['autorité de la concurrence', 'droit de la concurrence', 'abus de position dominante'], en: ['antitrust', 'Federal Trade Commission', 'competition regulators'] },
    definition: {
      fr: "Règles et autorités qui empêchent les entreprises dominantes d'étouffer la concurrence ; elles examinent les alliances entre géants du numérique et start-up d'IA.",
      en: 'Rules and regulators that stop dominant companies from smothering competition; they scrutinise deals between big tech and AI start-ups.',
    },
    related: ['microsoft', 'openai'],
  },
  {
    id: 'ai-safety-summit', category: 'event',
    names: { fr: ["Sommet pour l'action sur l'IA", "sommet sur la sécurité de l'IA", "Sommet de Bletchley Park", "Sommet de Paris sur l'IA"], en: ['AI Safety Summit', 'AI Action Summit', 'Bletchley Park summit'] },
    definition: {
      fr: "Série de sommets internationaux sur l'IA : Bletchley Park (Royaume-Uni, 2023), Séoul (2024), Paris (2025).",
      en: 'A series of international summits on AI: Bletchley Park (UK, 2023), Seoul (2024), Paris (2025).',
    },
    related: ['ai-safety', 'ai-act'],
  },
  {
    id: 'executive-order', category: 'policy',
    names: { fr: ["décret présidentiel sur l'IA"], en: ['executive order on AI', 'AI executive order'] },
    definition: {
      fr: "Décret signé par le président américain pour encadrer ou orienter le développement de l'IA ; il peut être annulé par le président suivant.",
      en: 'An order signed by the US president to guide or regulate AI development; the next president can revoke it.',
    },
    related: ['ai-safety', 'export-controls'],
  },
];
