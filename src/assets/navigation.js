/**
 * The menu button of the service navigation on a narrow screen: govuk-frontend's own
 * ServiceNavigation component (govuk-service-navigation.js, its component bundle, served as
 * govuk-frontend ships it), started on the element govuk-frontend's macro marks for it, once the
 * screen is narrow enough to need it. Every page loads this module from <head>; module scripts run
 * once the page is parsed.
 *
 * Without JavaScript, or in a browser too old for modules, the button stays hidden (the macro
 * writes it with `hidden`) and the links stay listed.
 */
// govuk-frontend's page template marks <body> with an inline script, which this site's
// Content-Security-Policy forbids. A browser running this module supports govuk-frontend's
// JavaScript (that inline script tests the same thing: support for modules), so it is marked here.
document.body.classList.add("govuk-frontend-supported");

// The menu button exists only below govuk-frontend's tablet breakpoint (40.0625em, its own media
// query). On a wider screen the component has nothing to do, so it is fetched only when the
// screen is, or becomes, that narrow: a reader at a desktop never downloads it (the search page's
// byte budget counts every file a cold page loads).
const narrow = window.matchMedia("(max-width: 40.0525em)");
let started = false;

async function start() {
  if (started || !narrow.matches) return;
  started = true;
  const { ServiceNavigation } = await import("./govuk-service-navigation.js");
  for (const $root of document.querySelectorAll(`[data-module="${ServiceNavigation.moduleName}"]`)) {
    new ServiceNavigation($root);
  }
}

start();
narrow.addEventListener("change", start);
