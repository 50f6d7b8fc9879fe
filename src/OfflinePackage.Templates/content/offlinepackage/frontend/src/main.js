import './style.css'
import logo from './logo.svg'

// Links inside the package stay relative, and routes use the hash (#/about): the container serves files
// only, so a history-mode route such as /www/about does not exist on reload.
document.querySelector('#app').innerHTML = `
  <img src="${logo}" alt="" width="96" height="96" />
  <h1>MyOfflineApp</h1>
  <p>Served from the offline package, without a network.</p>
`
