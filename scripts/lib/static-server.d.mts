/** A running static server and its base URL. */
export interface StaticServer {
  base: string;
  close(): Promise<void>;
}
/** Start serving `roots` ({ name: folder }) on a free port of 127.0.0.1. */
export function startStaticServer(roots: Record<string, string>): Promise<StaticServer>;
