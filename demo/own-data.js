// A site's own events, set through the `events` property.
const own = document.getElementById('own');
own.events = [
  { id: 'kickoff', title: 'Working group formed', category: 'governance', start: '2019-03' },
  { id: 'draft', title: 'First draft', category: 'standards', start: '2020-06-15' },
  { id: 'consultation', title: 'Public consultation', category: 'standards', start: '2021-01', end: '2021-04' },
  { id: 'pilot', title: 'Pilot in three hospitals', category: 'projects', start: '2021', end: 'ongoing' },
  { id: 'adopted', title: 'Standard adopted', category: 'standards', start: '2022-11-30' },
  { id: 'charter', title: 'Charter of the group', category: 'governance' },
];

// Data with mistakes: the valid events are drawn, the others listed in the notice.
const bad = document.getElementById('bad');
bad.events = [
  { id: 'ok-1', title: 'A valid event', category: 'standards', start: '2015' },
  { id: 'ok-2', title: 'Another valid one', category: 'projects', start: '2016-05', end: '2017-02' },
  { id: 'feb', title: 'An impossible date', category: 'standards', start: '2013-02-30' },
  { id: 'ok-1', title: 'A duplicate id', category: 'projects', start: '2018' },
  { id: 'link', title: 'A script link', category: 'projects', start: '2016', url: 'javascript:alert(1)' },
  { id: 'xss', title: '<img src=x onerror="alert(1)"> is shown as text', category: 'standards', start: '2017' },
];
