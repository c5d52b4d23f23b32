/*
 * Keeps a participant's phone with the room: when the facilitator moves on or ends the workshop,
 * the room socket says so and the page re-reads its question. The socket carries no answers.
 */
(function () {
  var root = document.getElementById('roomPage');
  var shown = { question: Number(root.dataset.question), status: root.dataset.status };
  var connectedBefore = false;
  function connect() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var socket = new WebSocket(scheme + location.host + root.dataset.socket);
    socket.onopen = function () {
      // After a lost connection the room may have moved on without us.
      if (connectedBefore) {
        candorRoomRefresh();
      }
      connectedBefore = true;
    };
    socket.onmessage = function (event) {
      var room = JSON.parse(event.data);
      if (room.currentQuestion !== shown.question || room.status !== shown.status) {
        shown = { question: room.currentQuestion, status: room.status };
        candorRoomRefresh();
      }
    };
    socket.onclose = function () { setTimeout(connect, 3000); };
  }
  connect();
})();
