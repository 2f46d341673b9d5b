// Counts CSP violations on this page (there should be none) and gives one timeline bad data.
const status = document.getElementById('violations');
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push(`${e.violatedDirective} ${e.blockedURI}`);
  status.textContent = `Policy violations: ${violations.length} (${violations.join(', ')})`;
});

document.getElementById('bad').events = [
  { id: 'ok', title: 'A valid event', category: 'standards', start: '2015' },
  { id: 'feb', title: 'An impossible date', category: 'standards', start: '2013-02-30' },
  { id: 'xss', title: '<img src=x onerror="alert(1)"> is text', category: 'standards', start: '2017' },
];
