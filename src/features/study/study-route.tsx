import { Navigate, useLocation, useParams } from "react-router";
import { checkNctId } from "../../lib/nct-id";
import { InvalidStudyId } from "./invalid-study-id";
import { StudyPage } from "./study-page";

/** /study/:nctId — checks the id before anything is requested. */
export function StudyRoute() {
  const { nctId = "" } = useParams();
  const location = useLocation();
  const check = checkNctId(nctId);
  if (!check.ok) return <InvalidStudyId input={check.input} />;
  if (!check.canonical) {
    return <Navigate to={`/study/${check.id}${location.search}${location.hash}`} replace />;
  }
  return <StudyPage key={check.id} nctId={check.id} />;
}
