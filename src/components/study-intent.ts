import { createContext, use, useMemo } from "react";
import { checkNctId } from "../lib/nct-id";

/**
 * What happens when a reader points at, focuses or touches a study link. The app provides it (it
 * prefetches the record and the study page's code: src/app/study-prefetch.ts); features only say
 * "this study is wanted", so they need not know the API or the routes. Nothing outside a provider.
 */
export const StudyIntentContext = createContext<((nctId: string) => void) | undefined>(undefined);

type IntentHandlers = { onPointerEnter?: () => void; onFocus?: () => void; onTouchStart?: () => void };

/** Handlers for a study link, or the card around it (focus bubbles in React). */
export function useStudyIntent(nctId: string | undefined): IntentHandlers {
  const intent = use(StudyIntentContext);
  return useMemo(() => {
    const check = nctId === undefined ? undefined : checkNctId(nctId);
    if (!intent || !check?.ok) return {};
    const wanted = () => intent(check.id);
    return { onPointerEnter: wanted, onFocus: wanted, onTouchStart: wanted };
  }, [nctId, intent]);
}
