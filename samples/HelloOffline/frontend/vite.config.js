import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// mPaaS offline packages are served from https://<appid>.<domain>/www/index.html,
// so every asset URL in the build output must be relative, not rooted at "/".
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Always emit images as files (no base64 inlining) so the package has real assets.
    assetsInlineLimit: 0,
  },
})
