import { QRCodeSVG } from "qrcode.react";

/**
 * A QR code of `value` as SVG (crisp when printed), with its text beside it for people who can't scan.
 * Its own chunk: loaded only where a code is shown (shortlists, print views, kiosk links).
 */
export default function QrCode({ value, label, size = 160 }: { value: string; label: string; size?: number }) {
  return (
    <figure className="inline-flex flex-col items-center gap-2">
      <QRCodeSVG value={value} size={size} level="M" marginSize={2} role="img" aria-label={label} title={label} />
      <figcaption className="max-w-64 text-center text-sm break-all text-muted">{value}</figcaption>
    </figure>
  );
}
