/*
 * The presenter view's live tallies. The server pushes the whole LiveState over the presenter
 * socket whenever someone joins or answers, or the facilitator reveals or moves on; this draws
 * each question's bar chart and the table beside it. Distributions are only ever in the message
 * when the server allowed them (at least 5 answers and revealed), so nothing is hidden here.
 */
var candorPresenter = (function () {
  var state = null;
  var root = document.getElementById('presenter');
  var feed = document.getElementById('feedStatus');

  function render() {
    if (!state) {
      return;
    }
    document.getElementById('participantCount').textContent = state.participants;
    state.questions.forEach(function (q) {
      var card = document.querySelector('[data-tally="' + q.questionId + '"]');
      if (!card) {
        return;
      }
      card.querySelector('.answers').textContent = q.answers;
      card.querySelector('.note').textContent = q.note;
      card.classList.toggle('shown', q.visibility === 'SHOWN');
      card.classList.toggle('revealed', q.revealed);
      var chart = card.querySelector('.tally-chart');
      var table = card.querySelector('.tally-table');
      var body = table.querySelector('tbody');
      chart.replaceChildren();
      body.replaceChildren();
      table.hidden = q.bars.length === 0;
      q.bars.forEach(function (bar) {
        var row = document.createElement('div');
        row.className = 'bar-row';
        var label = document.createElement('span');
        label.className = 'bar-label';
        label.textContent = bar.label;
        var track = document.createElement('span');
        track.className = 'bar-track';
        var fill = document.createElement('span');
        fill.className = 'bar-fill';
        fill.style.width = bar.percent + '%';
        track.appendChild(fill);
        var value = document.createElement('span');
        value.className = 'bar-value';
        value.textContent = bar.count;
        row.append(label, track, value);
        chart.appendChild(row);

        var tr = document.createElement('tr');
        [bar.label, bar.count, bar.percent + ' %'].forEach(function (text, i) {
          var cell = document.createElement(i === 0 ? 'th' : 'td');
          if (i === 0) {
            cell.scope = 'row';
          }
          cell.textContent = text;
          tr.appendChild(cell);
        });
        body.appendChild(tr);
      });
    });
  }

  function connect() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    // Pushes are written in the page's language.
    var socket = new WebSocket(scheme + location.host + root.dataset.socket + '?lang=' + encodeURIComponent(document.documentElement.lang));
    socket.onopen = function () { feed.textContent = feed.dataset.live; };
    socket.onmessage = function (event) {
      state = JSON.parse(event.data);
      render();
    };
    socket.onclose = function () {
      feed.textContent = feed.dataset.lost;
      setTimeout(connect, 3000);
    };
  }

  connect();
  return { render: render };
})();

/*
 * Buttons that end something ask first (data-confirm holds the question). Listening while the click
 * travels down to the button runs this before the button's own handlers, and keeps the page free
 * of inline handlers, which the Content-Security-Policy forbids.
 */
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-confirm]');
  if (button && !window.confirm(button.dataset.confirm)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);
