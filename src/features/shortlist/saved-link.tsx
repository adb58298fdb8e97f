import { t } from "@lingui/core/macro";
import { Link } from "../../components/app-link";
import { useSaved } from "./saved-store";

/** "Saved studies (3)": the way to /saved, for the app's header. */
export function SavedLink({ className }: { className?: string }) {
  const count = useSaved().items.length;
  return (
    <Link to="/saved" className={className}>
      {count > 0 ? t`Saved studies (${count})` : t`Saved studies`}
    </Link>
  );
}
