import { createContext, useContext } from "react";

/**
 * Whether pages may offer Copy link, Share… and the note form. Off on a screen that strangers use in
 * turn (kiosk mode, which provides it): whatever reaches the clipboard or a share sheet, a list or a
 * note with a name or phone number in it, would wait there for the next visitor. QR codes stay: they
 * go to the visitor's own phone. Like the link policy, components never need to know the mode.
 */
export const CopyAndShareContext = createContext(true);

export const useCopyAndShare = (): boolean => useContext(CopyAndShareContext);
