import { createContext, type ReactNode } from "react";
import type { Study } from "../../api/types";

/**
 * Controls other features add to a study page's header (e.g. a Save button), provided by the app,
 * which composes features: the study feature does not import them.
 */
export const StudyActionsSlot = createContext<((study: Study) => ReactNode) | undefined>(undefined);
