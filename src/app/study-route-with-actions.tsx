import type { Study } from "../api/types";
import { SaveButton } from "../features/shortlist/save-button";
import { StudyActionsSlot } from "../features/study/study-actions-slot";
import { StudyRoute } from "../features/study/study-route";

// The way to the saved list is the header's "Saved studies (n)" link, on every page.
const studyActions = (study: Study) => <SaveButton study={study} />;

/** /study/:nctId with the shortlist's Save button in the study's header. */
export function StudyRouteWithActions() {
  return (
    <StudyActionsSlot value={studyActions}>
      <StudyRoute />
    </StudyActionsSlot>
  );
}
