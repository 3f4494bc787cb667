// Loaded first on every proof page (an external file: inline scripts are blocked by the CSP).
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
