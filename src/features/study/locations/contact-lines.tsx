import { memo } from "react";
import { t } from "@lingui/core/macro";
import { emailAddress, mailtoHref } from "../../../lib/mailto";
import type { ContactView, Phone } from "./contact-format";

const LINK = "inline-block min-h-target py-0.5"; // colour, underline and focus come from the base styles

/**
 * People to contact, one line each: name, role in words, phone (a `tel:` link with its extension)
 * and email (a `mailto:` link). Used for the central contacts and for every site's contacts.
 */
export const ContactLines = memo(function ContactLines({ contacts }: { contacts: readonly ContactView[] }) {
  if (contacts.length === 0) return null;
  return (
    <ul className="space-y-1">
      {contacts.map((contact, i) => (
        <li key={i} className="flex flex-wrap items-center gap-x-3">
          <span>
            <span lang={contact.name && "en"} className="font-semibold">
              {contact.name ?? contact.roles[0] ?? t`Contact`}
            </span>
            {contact.name && contact.roles.length > 0 && <span className="text-muted">, {contact.roles.join(", ")}</span>}
          </span>
          {contact.phone && <PhoneLink phone={contact.phone} />}
          {contact.email && <EmailLink email={contact.email} />}
        </li>
      ))}
    </ul>
  );
});

function PhoneLink({ phone }: { phone: Phone }) {
  const { text, ext } = phone;
  const number = ext ? t`${text}, ext. ${ext}` : text;
  if (!phone.href) return <span>{t`Phone: ${number}`}</span>;
  return (
    <a href={phone.href} className={LINK}>
      <span className="sr-only">{t`Phone:`}</span> {number}
    </a>
  );
}

/** The link shows the address it writes to; text that is not one plausible address is shown as it is. */
function EmailLink({ email }: { email: string }) {
  const address = emailAddress(email);
  if (!address) return <span>{t`Email: ${email}`}</span>;
  return (
    <a href={mailtoHref(address)} className={`${LINK} break-all`}>
      <span className="sr-only">{t`Email:`}</span> {address}
    </a>
  );
}
