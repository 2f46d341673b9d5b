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
