import { defineConfig } from 'vite'

// The tests build this app twice: with Vite's default base '/' (a white page in the container) and with './'.
export default defineConfig({
  build: {
    // Keep images as files, so the package holds real assets to reference.
    assetsInlineLimit: 0,
  },
})
