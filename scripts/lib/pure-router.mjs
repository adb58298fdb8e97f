// Vite plugin: lets the bundler drop the parts of React Router this app never uses.
//
// React Router's build defines its contexts and components at the top level with calls the bundler must
// assume have effects (`var Form = React10.forwardRef(…)`, `Form.displayName = "Form"`), so all of them
// (data-router contexts, <Form>, <NavLink>, <Link> with framework prefetching, <ScrollRestoration>) reach
// every page even when nothing imports them: about 2 kB gzip of the entry. Marking those calls pure and
// dropping the display names (read only by developer tools) leaves in what the app imports. If a new
// React Router version writes them differently, nothing breaks: the bytes come back, and
// e2e/budget.spec.ts says so.
const ROUTER_BUILD = /node_modules\/react-router\/dist\/production\//;
const TOP_LEVEL_CALL = /^(var \w+ = )(React\d*\.(?:forwardRef|createContext|memo)\()/gm;
const DISPLAY_NAME = /^\w+\.displayName = "[^"]*";$/gm;

/** @returns {import("vite").Plugin} */
export function pureRouter() {
  return {
    name: "pure-router",
    apply: "build",
    transform(code, id) {
      if (!ROUTER_BUILD.test(id)) return null;
      return { code: code.replace(DISPLAY_NAME, "").replace(TOP_LEVEL_CALL, "$1/* @__PURE__ */ $2"), map: null };
    },
  };
}
