import type { Study } from "../api/types";
import { SaveButton } from "../features/shortlist/save-button";
import { SavedLink } from "../features/shortlist/saved-link";
import { StudyActionsSlot } from "../features/study/study-actions-slot";
import { StudyRoute } from "../features/study/study-route";

const studyActions = (study: Study) => (
  <>
    <SaveButton study={study} />
    <SavedLink className="inline-flex min-h-target items-center" />
  </>
);

/** /study/:nctId with the shortlist's Save button (and the way to the list) in the study's header. */
export function StudyRouteWithActions() {
  return (
    <StudyActionsSlot value={studyActions}>
      <StudyRoute />
    </StudyActionsSlot>
  );
}
