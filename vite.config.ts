import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  root: "client",
  base: "./",
  resolve: {
    alias: { "@engine": fileURLToPath(new URL("./server/analysis/index.ts", import.meta.url)) },
  },
  build: { outDir: "../dist/client", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { "/api": "http://127.0.0.1:3000" } },
});
