// A file's size as a person reads it: "878 KB", "2.4 MB", "120 MB".

const KB = 1024;
const MB = 1024 * KB;

export function formatFileSize(bytes: number): string {
  if (bytes < MB) return `${Math.max(1, Math.round(bytes / KB))} KB`;
  return `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
}
