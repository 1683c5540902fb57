// Where the phone's bottom sheet settles when a drag ends: closed (only its handle and tabs
// show) when dragged down near the bottom, full height near the top, else where it was let go.

export interface SheetSnapOptions {
  /** Height (px) of the closed sheet: its handle and tabs. */
  peek: number;
  /** A sheet let go this close (px) above the peek closes. */
  closeWithin: number;
  /** Share of the tallest sheet above which it opens fully. */
  fullShare: number;
}

export const SHEET_SNAP_DEFAULTS: Readonly<SheetSnapOptions> = Object.freeze({
  peek: 60,
  closeWithin: 80,
  fullShare: 0.85,
});

export interface SheetRest {
  open: boolean;
  /** The open sheet's height (px); null when closed (it keeps its previous height). */
  height: number | null;
}

/** The sheet's height during a drag: where the finger is, kept between the peek and `maxHeight`. */
export function dragHeight(
  startHeight: number,
  deltaY: number,
  maxHeight: number,
  options: Partial<SheetSnapOptions> = {},
): number {
  const { peek } = { ...SHEET_SNAP_DEFAULTS, ...options };
  return Math.min(Math.max(peek, maxHeight), Math.max(peek, startHeight - deltaY));
}

/** Where a sheet let go at `height` (px) comes to rest, with `maxHeight` its tallest. */
export function sheetSnap(
  height: number,
  maxHeight: number,
  options: Partial<SheetSnapOptions> = {},
): SheetRest {
  const { peek, closeWithin, fullShare } = { ...SHEET_SNAP_DEFAULTS, ...options };
  if (height < peek + closeWithin) return { open: false, height: null };
  if (height >= maxHeight * fullShare) return { open: true, height: maxHeight };
  return { open: true, height: Math.round(height) };
}
