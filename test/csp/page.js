// Runs before the component: records every CSP violation, Trusted Types policy and uncaught error.
window.violations = [];
window.policies = [];
window.errors = [];
window.addEventListener('error', (e) => window.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.errors.push(String(e.reason)));
document.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`.trim());
});
if (window.trustedTypes) {
  const createPolicy = window.trustedTypes.createPolicy.bind(window.trustedTypes);
  window.trustedTypes.createPolicy = (name, rules) => {
    window.policies.push(name);
    return createPolicy(name, rules);
  };
}
