import { createContext } from "react";

/**
 * The id the study page asked the registry for (it names the results request). Without it, the
 * record's own id is used. Its own module: the page provides it, the results section (a later chunk)
 * reads it.
 */
export const ResultsStudyId = createContext<string | undefined>(undefined);
