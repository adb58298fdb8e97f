import { i18n } from "@lingui/core";
import { TransNoContext, type TransProps } from "@lingui/react/server";

const lingui = { i18n };

/**
 * What the `<Trans>` macro compiles to (scripts/lib/lingui-macro.mjs points it here): Lingui's own
 * component, given the one `i18n` instead of reading it from a React context. Nothing needs a provider
 * (components render alone in tests too), and a language change remounts the app (LangProvider).
 */
export function Trans(props: TransProps) {
  return <TransNoContext {...props} lingui={lingui} />;
}
