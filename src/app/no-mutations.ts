// What React Query's QueryClient gets instead of its MutationCache in a build (scripts/lib/no-mutations.mjs):
// this app only reads the registry and never runs a mutation (lint forbids useMutation), yet every
// QueryClient constructs a MutationCache, which brings the mutation machinery (about 1.2 kB gzip) to every
// page. This holds no mutations and answers QueryClient's calls as an empty cache does;
// no-mutations.test.ts checks it against every call the installed QueryClient makes.
export class MutationCache {
  findAll(): never[] {
    return [];
  }
  resumePausedMutations(): Promise<void> {
    return Promise.resolve();
  }
  clear(): void {}
}
