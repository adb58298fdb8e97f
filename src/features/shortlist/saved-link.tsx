import { Link } from "../../components/app-link";
import { useSaved } from "./saved-store";

/** "Saved studies (3)": the way to /saved, for the app's header. */
export function SavedLink({ className }: { className?: string }) {
  const { items } = useSaved();
  return (
    <Link to="/saved" className={className}>
      Saved studies{items.length > 0 && ` (${items.length})`}
    </Link>
  );
}
