import { lazy, Suspense, type ComponentProps } from "react";

const QrCodeChunk = lazy(() => import("./qr-code"));

/** A QR code, fetched on first render only. */
export function LazyQrCode(props: ComponentProps<typeof QrCodeChunk>) {
  const size = props.size ?? 160;
  return (
    <Suspense fallback={<div style={{ width: size, height: size }} className="animate-pulse rounded bg-surface" aria-hidden="true" />}>
      <QrCodeChunk {...props} />
    </Suspense>
  );
}
