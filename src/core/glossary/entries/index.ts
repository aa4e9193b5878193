/** All glossary entries, gathered from the per-category data files in a stable order. */
import type { GlossaryEntry } from '../types';
import { COMPANIES } from './companies';
import { CORE_CONCEPTS } from './concepts-core';
import { PRACTICE_CONCEPTS } from './concepts-practice';
import { HARDWARE } from './hardware';
import { EVENTS, MEDIA } from './media-events';
import { MODELS } from './models';
import { POLICY } from './policy';

/** The whole glossary: concepts, hardware, models, companies, policy, media, events. */
export const GLOSSARY_ENTRIES: readonly GlossaryEntry[] = [
  ...CORE_CONCEPTS,
  ...PRACTICE_CONCEPTS,
  ...HARDWARE,
  ...MODELS,
  ...COMPANIES,
  ...POLICY,
  ...MEDIA,
  ...EVENTS,
];
