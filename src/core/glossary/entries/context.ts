/**
 * Shared context lists for contextual spellings: an ambiguous word ("tokens", "Claude",
 * "garde-fous") only counts as a glossary term when the article is plainly about AI.
 */

/** Entries whose unconditional spellings show that a text is about AI. */
export const AI_CONTEXT: readonly string[] = [
  'ai', 'generative-ai', 'llm', 'language-model', 'machine-learning', 'deep-learning', 'neural-network',
  'chatgpt', 'openai', 'gpt-4', 'gpt-4o', 'anthropic', 'google-deepmind', 'chatbot', 'foundation-model',
  'ai-agents', 'hugging-face', 'mistral-ai', 'llama', 'gemini', 'training-data',
];

/** Entries that show a text is about language models specifically (for "tokens", "prompt"). */
export const LLM_CONTEXT: readonly string[] = [
  'llm', 'language-model', 'chatgpt', 'gpt-4', 'gpt-4o', 'claude', 'gemini', 'llama', 'context-window',
  'generative-ai', 'openai', 'anthropic', 'mistral-ai', 'chatbot', 'transformer', 'mixtral',
];
