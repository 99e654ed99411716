// The bar at the top of every page: skip link and the site name linking home.

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <a href="/" className="brand">
        <svg aria-hidden="true" viewBox="0 0 32 32" width="24" height="24" className="brand-mark">
          <rect width="32" height="32" rx="7" fill="currentColor" />
          <path
            d="M8 11l6 5-6 5M16 22h8"
            stroke="var(--bg)"
            strokeWidth="3"
            fill="none"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        Skillshell
      </a>
      <span className="tagline">Cloud skills, practised in your browser</span>
    </header>
  );
}
