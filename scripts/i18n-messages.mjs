// `node scripts/i18n-messages.mjs <file>…`: the messages those files give Lingui, as the catalogues
// will hold them (the English msgid, with its ICU placeholders), one JSON object of msgid → "".
// For translating a part of the code before the catalogues are extracted (`npm run i18n:extract`).
import { collectMessages } from "./lib/lingui-messages.mjs";

const messages = await collectMessages(process.argv.slice(2));
console.log(JSON.stringify(Object.fromEntries(messages.map(({ message }) => [message, ""])), null, 2));
