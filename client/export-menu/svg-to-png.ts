// A print-ready PNG from an exported SVG: the vector picture (title, legend, credit included)
// rasterised by the browser at 2× or 3× its size, so text and edges stay sharp.

/** The PNG scales the Export menu offers. */
export const PNG_SCALES = [2, 3] as const;
export type PngScale = (typeof PNG_SCALES)[number];

export async function svgToPng(svg: string, scale: PngScale): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("svgToPng: expected a 2D canvas, received none");
    // Drawn at the target size, the SVG is rasterised at that resolution (not upscaled pixels).
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!blob) throw new Error("svgToPng: the canvas gave no PNG");
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}
