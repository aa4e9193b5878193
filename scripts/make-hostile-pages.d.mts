/** Where the generated hostile pages go (git-ignored). */
export const GENERATED_DIR: string;
/** AI-news sentences of every category used by the generated pages. */
export const AI_SENTENCES_EN: string[];
/** Write the generated hostile pages (skipped when current); returns the folder. */
export function makeHostilePages(dir?: string): string;
