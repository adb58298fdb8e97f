import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { emailAddress, mailtoHref } from "../../../lib/mailto";
import type { MoreInfoModule } from "./result-types";
import { text } from "./result-labels";
import { restrictionLabel, telHref } from "./measure-labels";
import { Facts, Md } from "./result-bits";

const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? t`Yes` : t`No`);

/** Limitations, publication agreements and the person to ask about the results. */
export function MoreInformation({ module: more }: { module: MoreInfoModule }) {
  const agreement = more.certainAgreement;
  const contact = more.pointOfContact;
  return (
    <>
      {text(more.limitationsAndCaveats?.description) && (
        <div className="space-y-1">
          <h4 className="text-lg font-semibold">
            <Trans>Limitations and caveats</Trans>
          </h4>
          <Md value={more.limitationsAndCaveats?.description} />
        </div>
      )}
      {agreement && (
        <div className="space-y-1">
          <h4 className="text-lg font-semibold">
            <Trans>Agreements about publishing the results</Trans>
          </h4>
          <Facts
            items={[
              [t`Is the principal investigator an employee of the sponsor?`, yesNo(agreement.piSponsorEmployee)],
              [t`Does an agreement limit what the investigators may say or publish about the results?`, yesNo(agreement.restrictiveAgreement)],
              [t`What the agreement allows`, restrictionLabel(agreement.restrictionType)],
              [t`Details`, text(agreement.otherDetails) && <Md value={agreement.otherDetails} />],
            ]}
          />
        </div>
      )}
      {contact && (
        <div className="space-y-1">
          <h4 className="text-lg font-semibold">
            <Trans>Whom to contact about the results</Trans>
          </h4>
          <Facts
            items={[
              [t`Name or title`, text(contact.title) && <span lang="en">{text(contact.title)}</span>],
              [t`Organization`, text(contact.organization) && <span lang="en">{text(contact.organization)}</span>],
              [t`Phone`, phoneLink(contact.phone, contact.phoneExt)],
              [t`Email`, emailLink(contact.email)],
            ]}
          />
        </div>
      )}
    </>
  );
}

function phoneLink(phone: string | undefined, ext: string | undefined) {
  const shown = text(phone);
  if (!shown) return undefined;
  const extension = text(ext);
  const label = extension ? t`${shown}, extension ${extension}` : shown;
  const href = telHref(phone, ext);
  return href ? <a href={href}>{label}</a> : label;
}

function emailLink(email: string | undefined) {
  const shown = text(email);
  if (!shown) return undefined;
  const address = emailAddress(shown);
  return address ? <a href={mailtoHref(address)}>{address}</a> : shown;
}
