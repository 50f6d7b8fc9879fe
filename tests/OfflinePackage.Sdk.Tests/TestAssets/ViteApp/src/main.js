import './style.css'
import logo from './logo.svg'

// A file from public/: Vite leaves its URL as the base plus the name ("/icons.svg" with base '/').
const icons = import.meta.env.BASE_URL + 'icons.svg'

document.querySelector('#app').innerHTML = `
  <h1>Hello offline</h1>
  <img src="${logo}" alt="logo" width="64">
  <img src="${icons}" alt="icons" width="64">
`
