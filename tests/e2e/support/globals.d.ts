/** The extension API as seen from code evaluated inside the extension's own contexts in tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
