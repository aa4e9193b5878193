/** Glossary data: the chips, memory and buildings that AI runs on. */
import type { GlossaryEntry } from '../types';

const GPU_CONTEXT = ['nvidia', 'gpu', 'amd', 'datacenter', 'ai', 'generative-ai', 'llm', 'supercomputer', 'openai', 'compute'];

/** Hardware and infrastructure. */
export const HARDWARE: readonly GlossaryEntry[] = [
  {
    id: 'gpu', category: 'hardware',
    names: { fr: ['GPU (processeur graphique)', 'GPU', 'GPUs', 'processeur graphique', 'processeurs graphiques', 'puces graphiques'], en: ['GPU (graphics processing unit)', 'graphics processing unit', 'graphics processing units', 'graphics card', 'graphics cards'] },
    definition: {
      fr: "Puce conçue pour l'affichage graphique qui fait des milliers de calculs en parallèle ; c'est l'outil de base pour entraîner et faire tourner les modèles d'IA.",
      en: 'A chip first built for graphics that does thousands of calculations in parallel; the basic tool for training and running AI models.',
    },
    related: ['nvidia', 'h100', 'tpu'],
  },
  {
    id: 'h100', category: 'hardware',
    names: { fr: ['Nvidia H100', 'GPU Nvidia H100', 'GPU H100', 'puces H100', 'Nvidia H100s'], en: ['H100 GPU', 'H100 GPUs', 'H100 chips'] },
    definition: {
      fr: "Puce d'IA de Nvidia sortie en 2022 (architecture Hopper), devenue la référence et la denrée rare pour entraîner les grands modèles.",
      en: "Nvidia's AI chip released in 2022 (Hopper design); it became the standard, and a scarce commodity, for training large models.",
    },
    related: ['gpu', 'nvidia', 'h200'],
    contextual: [{ aliases: ['H100', 'H100s'], withIds: GPU_CONTEXT }],
  },
  {
    id: 'h200', category: 'hardware',
    names: { fr: ['Nvidia H200'], en: ['H200 GPU', 'H200 GPUs', 'H200 chips'] },
    definition: {
      fr: "Version améliorée de la H100 de Nvidia, avec plus de mémoire et plus rapide, pour les grands modèles d'IA.",
      en: "An upgraded version of Nvidia's H100 with more and faster memory, aimed at large AI models.",
    },
    related: ['h100', 'hbm'],
    contextual: [{ aliases: ['H200', 'H200s'], withIds: GPU_CONTEXT }],
  },
  {
    id: 'b200', category: 'hardware',
    names: { fr: ['Nvidia B200', 'Nvidia Blackwell', 'GB200'], en: ['B200 GPU', 'Blackwell GPU', 'Blackwell GPUs', 'Blackwell chips'] },
    definition: {
      fr: "Génération de puces d'IA de Nvidia (architecture Blackwell) annoncée en 2024, successeur des H100/H200.",
      en: "Nvidia's generation of AI chips (Blackwell design) announced in 2024, succeeding the H100 and H200.",
    },
    related: ['h100', 'gpu'],
    contextual: [{ aliases: ['B200', 'Blackwell'], withIds: ['nvidia', 'gpu'] }],
  },
  {
    id: 'a100', category: 'hardware',
    names: { fr: ['Nvidia A100'], en: ['A100 GPU', 'A100 GPUs', 'A100 chips'] },
    definition: {
      fr: "Puce d'IA de Nvidia de 2020 (architecture Ampere), qui a servi à entraîner GPT-3 et GPT-4 ; visée par les restrictions d'export vers la Chine.",
      en: "Nvidia's 2020 AI chip (Ampere design), used to train GPT-3 and GPT-4; targeted by export restrictions to China.",
    },
    related: ['h100', 'export-controls'],
    contextual: [{ aliases: ['A100', 'A100s'], withIds: ['nvidia', 'gpu'] }],
  },
  {
    id: 'tpu', category: 'hardware',
    names: { fr: ['TPU (puce IA de Google)', 'TPU', 'TPUs'], en: ['TPU (tensor processing unit)', 'tensor processing unit', 'tensor processing units'] },
    definition: {
      fr: "Puce conçue par Google spécialement pour les calculs d'IA, louée dans son cloud et utilisée pour entraîner Gemini.",
      en: "A chip Google designed specifically for AI computation, rented out in its cloud and used to train Gemini.",
    },
    related: ['gpu', 'google'],
  },
  {
    id: 'npu', category: 'hardware',
    names: { fr: ['NPU (processeur neuronal)', 'NPU', 'NPUs', 'processeur neuronal', 'puce neuronale'], en: ['NPU (neural processing unit)', 'neural processing unit', 'neural engine'] },
    definition: {
      fr: "Partie d'une puce de téléphone ou d'ordinateur dédiée aux calculs d'IA, pour faire tourner des modèles sur l'appareil sans passer par le cloud.",
      en: 'Part of a phone or computer chip dedicated to AI computation, so models can run on the device without the cloud.',
    },
    related: ['small-language-model', 'gpu'],
  },
  {
    id: 'hbm', category: 'hardware',
    names: { fr: ['HBM (mémoire à haut débit)', 'HBM', 'HBM3', 'HBM3E', 'mémoire HBM'], en: ['HBM (high-bandwidth memory)', 'high-bandwidth memory', 'high bandwidth memory'] },
    definition: {
      fr: "Mémoire empilée au plus près de la puce, très rapide, indispensable aux GPU d'IA ; fabriquée par SK Hynix, Samsung et Micron.",
      en: 'Very fast memory stacked right next to the chip, essential to AI GPUs; made by SK Hynix, Samsung and Micron.',
    },
    related: ['gpu', 'h200'],
  },
  {
    id: 'ai-chip', category: 'hardware',
    names: { fr: ["puces d'IA", "puce d'IA", 'puces IA', 'puce IA', 'accélérateur IA', "accélérateurs d'IA"], en: ['AI chip', 'AI chips', 'AI accelerator', 'AI accelerators'] },
    definition: {
      fr: "Circuit électronique optimisé pour les calculs des réseaux de neurones (GPU, TPU, NPU et puces maison des géants du numérique).",
      en: 'A chip optimised for neural network computation (GPUs, TPUs, NPUs and the in-house chips of big tech companies).',
    },
    related: ['gpu', 'tpu', 'npu', 'semiconductors'],
  },
  {
    id: 'semiconductors', category: 'hardware',
    names: { fr: ['semi-conducteurs', 'semi-conducteur', 'semiconducteurs'], en: ['semiconductors', 'semiconductor', 'chipmaker', 'chipmakers'] },
    definition: {
      fr: "Matériaux et, par extension, puces électroniques ; une industrie très concentrée (TSMC, ASML, Nvidia) au cœur des tensions géopolitiques.",
      en: 'The materials and, by extension, the chips of electronics; a highly concentrated industry (TSMC, ASML, Nvidia) at the heart of geopolitical tension.',
    },
    related: ['tsmc', 'export-controls'],
  },
  {
    id: 'cuda', category: 'hardware',
    names: { fr: ['CUDA'], en: ['CUDA (Nvidia software)'] },
    definition: {
      fr: "Plateforme logicielle de Nvidia pour programmer ses GPU ; l'habitude des développeurs envers CUDA est un atout majeur de Nvidia face aux concurrents.",
      en: "Nvidia's software platform for programming its GPUs; developers' reliance on CUDA is a key advantage over rivals.",
    },
    related: ['nvidia', 'gpu'],
  },
  {
    id: 'datacenter', category: 'hardware',
    names: { fr: ['centre de données', 'centres de données', 'data center', 'data centers', 'datacenter', 'datacenters'], en: ['data centre', 'data centres', 'datacentre'] },
    definition: {
      fr: "Bâtiment rempli de serveurs, refroidi et alimenté en continu ; ceux dédiés à l'IA consomment énormément d'électricité et d'eau.",
      en: 'A building full of servers, cooled and powered around the clock; those built for AI use huge amounts of electricity and water.',
    },
    related: ['cloud', 'gpu', 'supercomputer'],
  },
  {
    id: 'cloud', category: 'hardware',
    names: { fr: ['informatique en nuage (cloud)', 'informatique en nuage', 'cloud computing', 'le cloud', 'dans le cloud', 'du cloud', 'cloud public', 'cloud souverain', 'services cloud'], en: ['cloud computing (cloud)', 'in the cloud', 'public cloud', 'cloud provider', 'cloud providers', 'cloud services', 'cloud service', 'cloud platform', 'cloud computing platform'] },
    definition: {
      fr: "Location à distance de serveurs, de stockage et de logiciels chez un grand fournisseur (Amazon, Microsoft, Google) au lieu de posséder ses propres machines.",
      en: "Renting servers, storage and software remotely from a big provider (Amazon, Microsoft, Google) instead of owning one's own machines.",
    },
    related: ['datacenter', 'azure', 'aws'],
    contextual: [{ aliases: ['cloud'], withWords: ['computing', 'serveur', 'serveurs', 'server', 'servers', 'stockage', 'storage', 'hébergement', 'hosting', 'Azure', 'AWS', 'SaaS', 'infrastructure'], window: 80 }],
  },
  {
    id: 'supercomputer', category: 'hardware',
    names: { fr: ['supercalculateur', 'supercalculateurs', 'superordinateur', 'superordinateurs'], en: ['supercomputer', 'supercomputers', 'AI supercomputer'] },
    definition: {
      fr: "Très grand ensemble de processeurs reliés pour calculer comme une seule machine ; les plus récents servent à entraîner des modèles d'IA.",
      en: 'A very large set of processors linked to compute as one machine; the newest are used to train AI models.',
    },
    related: ['datacenter', 'gpu'],
  },
  {
    id: 'edge-ai', category: 'hardware',
    names: { fr: ["IA embarquée", 'IA sur appareil', 'IA en local'], en: ['on-device AI', 'edge AI', 'AI PC', 'AI PCs'] },
    definition: {
      fr: "IA qui tourne directement sur le téléphone, l'ordinateur ou la voiture plutôt que dans le cloud : plus rapide et plus privée, mais limitée par la puce.",
      en: 'AI that runs directly on the phone, computer or car instead of in the cloud: faster and more private, but limited by the chip.',
    },
    related: ['npu', 'small-language-model'],
  },
];
