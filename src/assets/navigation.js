/**
 * The menu button of the service navigation on a narrow screen: govuk-frontend's own
 * ServiceNavigation component (govuk-service-navigation.js, its component bundle, served as
 * govuk-frontend ships it), started on the element govuk-frontend's macro marks for it. Every page
 * loads this module from <head>; module scripts run once the page is parsed.
 *
 * Without JavaScript, or in a browser too old for modules, the button stays hidden (the macro
 * writes it with `hidden`) and the links stay listed.
 */
import { ServiceNavigation } from "./govuk-service-navigation.js";

// govuk-frontend's page template marks <body> with an inline script, which this site's
// Content-Security-Policy forbids. A browser running this module supports govuk-frontend's
// JavaScript (that inline script tests the same thing: support for modules), so it is marked here.
document.body.classList.add("govuk-frontend-supported");

for (const $root of document.querySelectorAll(`[data-module="${ServiceNavigation.moduleName}"]`)) {
  new ServiceNavigation($root);
}
