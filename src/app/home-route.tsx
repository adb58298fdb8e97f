import { HomePage } from "../features/home/home-page";
import { HomeSearch } from "../features/search/home-search";
import { registryLinkTarget } from "../features/search/registry-paste";
import { preloadSearchRoute } from "./search-route-chunk";

const preloadResults = () => void preloadSearchRoute().catch(() => undefined); // the page reports a failed load itself

export function HomeRoute() {
  return <HomePage searchForm={<HomeSearch onIntent={preloadResults} />} readRegistryLink={registryLinkTarget} />;
}
