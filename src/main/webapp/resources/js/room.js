/*
 * Keeps a participant's phone with the room: when the facilitator moves on or ends the workshop,
 * the room socket says so and the page re-reads its question. The socket carries no answers.
 */
(function () {
  var root = document.getElementById('roomPage');
  var last = null;
  function connect() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var socket = new WebSocket(scheme + location.host + root.dataset.socket);
    socket.onmessage = function (event) {
      if (event.data !== last) {
        last = event.data;
        candorRoomRefresh();
      }
    };
    socket.onclose = function () { setTimeout(connect, 3000); };
  }
  connect();
})();
