// Shared by several offline packages, loaded by its public URL (see the .urls.json next to the zip).
window.common = { version: '1.0.0' }
