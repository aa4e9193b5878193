/** True only in test builds (`npm run build:test`): compiles in the hooks end-to-end tests need. */
declare const __TEST__: boolean;
