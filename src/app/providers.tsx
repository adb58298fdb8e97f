import { useCallback, useState, type ReactNode } from "react";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { StudyIntentContext } from "../components/study-intent";
import { createQueryClient } from "./query-client";
import { prefetchStudy } from "./study-prefetch";

export function Providers({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  // Hover, focus or touch on a study link: its record and page code start loading (issue 13).
  const studyIntent = useCallback((nctId: string) => prefetchStudy(queryClient, nctId), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <StudyIntentContext value={studyIntent}>{children}</StudyIntentContext>
    </QueryClientProvider>
  );
}
