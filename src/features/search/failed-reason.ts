import { isApiError } from "../../api/api-error";

/** Why a further page did not load, in a few plain words. */
export function failedReason(error: unknown): string {
  const kind = isApiError(error) ? error.kind : undefined;
  if (kind === "offline") return "Your device seems to be offline.";
  if (kind === "busy") return "The registry is busy; wait a moment.";
  return "The registry did not answer.";
}
