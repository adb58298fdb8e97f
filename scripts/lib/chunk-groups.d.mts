export const CHUNK_GROUPS: Record<string, string[]>;
export function codeSplitting(root: string): {
  includeDependenciesRecursively: boolean;
  groups: { name: string; test: (id: string) => boolean }[];
};
