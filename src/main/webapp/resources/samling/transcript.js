// Plays a recording beside its timed transcript: the passage being spoken is highlighted,
// choosing a passage (click, Enter or Space) moves the recording to it, and ?t= in the address starts there.
(function () {
  document.querySelectorAll('[data-player]').forEach(function (player) {
    var audio = player.querySelector('audio');
    var cues = Array.prototype.slice.call(player.querySelectorAll('.cue'));
    if (!audio) {
      return;
    }
    cues.forEach(function (cue) {
      cue.addEventListener('click', function () {
        audio.currentTime = parseFloat(cue.getAttribute('data-start'));
        var playing = audio.play();
        if (playing && playing.catch) {
          playing.catch(function () { /* the browser may refuse to play; the position is still set */ });
        }
        highlight(audio.currentTime);
      });
    });
    function highlight(time) {
      cues.forEach(function (cue) {
        var on = time >= parseFloat(cue.getAttribute('data-start')) && time < parseFloat(cue.getAttribute('data-end'));
        cue.classList.toggle('current', on);
        if (on) {
          cue.setAttribute('aria-current', 'true');
        } else {
          cue.removeAttribute('aria-current');
        }
      });
    }
    // an address with ?t=seconds (a search hit in the transcript) opens at that passage
    var start = parseFloat(new URLSearchParams(window.location.search).get('t'));
    if (!isNaN(start) && start >= 0) {
      highlight(start);
      var current = player.querySelector('.cue.current');
      if (current) {
        current.scrollIntoView({ block: 'center' });
        current.focus({ preventScroll: true });
      }
      var seek = function () { audio.currentTime = start; };
      if (audio.readyState >= 1) {
        seek();
      } else {
        audio.addEventListener('loadedmetadata', seek, { once: true });
      }
    }
    audio.addEventListener('timeupdate', function () { highlight(audio.currentTime); });
    audio.addEventListener('seeked', function () { highlight(audio.currentTime); });
  });
})();
