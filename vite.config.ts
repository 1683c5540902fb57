import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// `vite build` writes the viewer to dist/client; `vite build --mode test` writes the same viewer
// plus its browser-test hook (`window.__roundtrip`, client/mount-app.ts) to dist/client-test.
export default defineConfig(({ mode }) => ({
  root: "client",
  base: "./",
  resolve: {
    alias: { "@engine": fileURLToPath(new URL("./server/analysis/index.ts", import.meta.url)) },
  },
  build: {
    outDir: mode === "test" ? "../dist/client-test" : "../dist/client",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: { proxy: { "/api": "http://127.0.0.1:3000" } },
}));
