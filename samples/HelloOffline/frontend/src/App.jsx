import { useState } from 'react'
import logo from './assets/logo.svg'
import photo from './assets/photo.png'
import './App.css'

export default function App() {
  const [count, setCount] = useState(0)

  return (
    <main className="app">
      <header className="app-header">
        <img src={logo} className="logo" alt="Hello Offline logo" />
        <h1>Hello, Offline!</h1>
      </header>
      <p className="lead">
        This page was built with Vite + React and packed into an mPaaS H5
        offline package by OfflinePackage.Sdk.
      </p>
      <img src={photo} className="photo" alt="Sample gradient" />
      <img src="./images/banner.png" className="banner" alt="Banner from public/" />
      <button type="button" onClick={() => setCount((c) => c + 1)}>
        Clicked {count} times
      </button>
    </main>
  )
}
