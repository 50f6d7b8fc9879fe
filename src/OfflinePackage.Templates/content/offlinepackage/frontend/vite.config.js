import { defineConfig } from 'vite'

// The container serves the package at https://<id>.<virtual domain>/www/index.html: asset URLs must be
// relative to the page. With Vite's default base '/' they point at the host root and the page is blank.
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
})
