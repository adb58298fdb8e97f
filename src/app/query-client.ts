import { QueryClient } from "@tanstack/react-query";

// react-query defaults, in one place. The HTTP layer already retries 429/5xx with backoff,
// so react-query must not retry again on top of it.
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: false,
        staleTime: 5 * 60_000, // registry data changes daily; back/forward should not refetch
        gcTime: 30 * 60_000,
        refetchOnWindowFocus: false,
        // Always run the request: offline, the HTTP layer fails fast with a plain "you are offline"
        // message, where react-query's default would pause silently on a loading skeleton.
        networkMode: "always",
      },
    },
  });
}
