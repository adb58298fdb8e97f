import { HomePage } from "../features/home/home-page";
import { HomeSearch } from "../features/search/home-search";

export function HomeRoute() {
  return <HomePage searchForm={<HomeSearch />} />;
}
