// Every Spanish catalogue (one per area, lingui.config.ts) as one module: choosing Spanish is one request.
// Another language copies this file under its own code.
import type { Messages } from "@lingui/core";

const areas = import.meta.glob<{ messages: Messages }>("./es/*.po", { eager: true });
export const messages: Messages = Object.assign({}, ...Object.values(areas).map((area) => area.messages));
