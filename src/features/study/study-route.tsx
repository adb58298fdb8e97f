import { Navigate, useLocation, useParams } from "react-router";
import { checkNctId } from "../../lib/nct-id";
import { InvalidStudyId } from "./invalid-study-id";
import { canonicalStudyAddress } from "./study-address";
import { StudyPage } from "./study-page";

/**
 * /study/:nctId — checks the id before anything is requested. An address in another form (a lower-case
 * id, the registry website's `?tab=results`) is replaced by ours first.
 */
export function StudyRoute() {
  const { nctId = "" } = useParams();
  const location = useLocation();
  const check = checkNctId(nctId);
  if (!check.ok) return <InvalidStudyId input={check.input} />;
  const address = canonicalStudyAddress(check.id, location.search, location.hash);
  if (address) return <Navigate to={address.to} state={address.state} replace />;
  if (!check.canonical) {
    return <Navigate to={`/study/${check.id}${location.search}${location.hash}`} replace />;
  }
  return <StudyPage key={check.id} nctId={check.id} />;
}
