// The dataset page's upload area: many files and whole folders, each sent in pieces to
// /api/uploads so a dropped connection resumes where it stopped (also after a reload: the
// same file chosen again continues its earlier upload). Shows each file's and the total progress.
(function () {
  'use strict';
  var root = document.getElementById('uploader');
  if (!root) {
    return;
  }
  var base = document.querySelector('meta[name=samling-base]').content;
  var csrf = document.querySelector('meta[name=samling-csrf]').content;
  var pid = root.getAttribute('data-dataset');
  var maxSize = Number(root.getAttribute('data-max-size'));
  var list = document.getElementById('upload-list');
  var total = document.getElementById('upload-total');
  var totalText = document.getElementById('upload-total-text');
  var unzip = document.getElementById('upload-unzip');
  var PARALLEL = 2;
  var items = [];
  var running = 0;
  var changed = false;

  function text(name, a, b) {
    return (root.getAttribute('data-text-' + name) || name).replace('{0}', a).replace('{1}', b);
  }

  function add(file, directory) {
    var item = { file: file, directory: directory || '', sent: 0, state: 'waiting', id: null };
    var row = document.createElement('li');
    row.className = 'upload-item';
    var name = document.createElement('span');
    name.className = 'upload-name';
    name.textContent = (item.directory ? item.directory + '/' : '') + file.name;
    var bar = document.createElement('progress');
    bar.max = Math.max(file.size, 1);
    bar.value = 0;
    bar.setAttribute('aria-label', name.textContent);
    var status = document.createElement('span');
    status.className = 'upload-status';
    status.setAttribute('role', 'status');
    row.appendChild(name);
    row.appendChild(bar);
    row.appendChild(status);
    list.appendChild(row);
    item.row = row;
    item.bar = bar;
    item.status = status;
    items.push(item);
    if (file.size > maxSize) {
      finish(item, 'failed', text('too-large'));
      return;
    }
    status.textContent = text('waiting');
    root.querySelector('.upload-total').hidden = false;
    next();
  }

  function next() {
    while (running < PARALLEL) {
      var item = items.find(function (i) { return i.state === 'waiting'; });
      if (!item) {
        break;
      }
      running++;
      item.state = 'sending';
      send(item).then(function () { running--; next(); done(); });
    }
    progress();
  }

  function done() {
    if (running === 0 && changed && !items.some(function (i) { return i.state === 'waiting' || i.state === 'sending'; })) {
      changed = false;
      if (window.samlingFilesChanged) {
        window.samlingFilesChanged();
      }
    }
  }

  function storageKey(item) {
    var f = item.file;
    return 'samling-upload|' + pid + '|' + item.directory + '|' + f.name + '|' + f.size + '|' + f.lastModified;
  }

  function api(method, path, body, type, onProgress) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, base + '/api/uploads' + path);
      xhr.setRequestHeader('X-Samling-Csrf', csrf);
      if (type) {
        xhr.setRequestHeader('Content-Type', type);
      }
      if (onProgress) {
        xhr.upload.onprogress = function (e) { onProgress(e.loaded); };
      }
      xhr.onload = function () {
        var json = null;
        try { json = JSON.parse(xhr.responseText); } catch (e) { json = null; }
        resolve({ status: xhr.status, json: json });
      };
      xhr.onerror = function () { reject(new Error('network')); };
      xhr.send(body);
    });
  }

  function wait(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  async function send(item) {
    var key = storageKey(item);
    var retry = 1000;
    try {
      var session = null;
      var saved = window.localStorage.getItem(key);
      if (saved) {
        var found = await api('GET', '/' + saved);
        session = found.status === 200 ? found.json.data : null;
      }
      if (!session) {
        var opened = await api('POST', '', JSON.stringify({ persistentId: pid, fileName: item.file.name,
          directoryLabel: item.directory, size: item.file.size }), 'application/json');
        if (opened.status !== 201) {
          return finish(item, 'failed', message(opened));
        }
        session = opened.json.data;
        window.localStorage.setItem(key, session.id);
      }
      item.id = session.id;
      item.sent = session.offset;
      while (item.sent < item.file.size) {
        item.status.textContent = text('sending');
        var start = item.sent;
        var piece = item.file.slice(start, Math.min(start + session.chunkSize, item.file.size));
        var answer;
        try {
          answer = await api('PUT', '/' + session.id + '?offset=' + start, piece, 'application/octet-stream',
            function (loaded) { item.bar.value = start + loaded; progress(); });
        } catch (e) {
          answer = { status: 0 };
        }
        if (answer.status === 200) {
          item.sent = answer.json.data.offset;
          retry = 1000;
        } else if (answer.status === 0 || answer.status >= 500 || answer.status === 409) {
          item.status.textContent = text('resuming');
          await wait(retry);
          retry = Math.min(retry * 2, 30000);
          var where = await api('GET', '/' + session.id).catch(function () { return { status: 0 }; });
          if (where.status === 200) {
            item.sent = where.json.data.offset;
          }
        } else {
          window.localStorage.removeItem(key);
          return finish(item, 'failed', message(answer));
        }
        item.bar.value = item.sent;
        progress();
      }
      item.status.textContent = text('checking');
      var completed = await api('POST', '/' + session.id + '/complete',
        JSON.stringify({ unzip: unzip && unzip.checked }), 'application/json');
      window.localStorage.removeItem(key);
      if (completed.status !== 200) {
        return finish(item, 'failed', message(completed));
      }
      changed = true;
      var count = completed.json.data.files.length;
      return finish(item, 'done', count > 1 ? text('unpacked', count) : text('done'));
    } catch (e) {
      return finish(item, 'failed', text('failed'));
    }
  }

  function message(answer) {
    return answer.json && answer.json.message ? answer.json.message : text('failed');
  }

  function finish(item, state, note) {
    item.state = state;
    item.status.textContent = note;
    item.row.classList.add(state);
    if (state === 'done') {
      item.bar.value = item.bar.max;
    }
    progress();
  }

  function progress() {
    var size = 0;
    var sent = 0;
    items.forEach(function (i) {
      if (i.state !== 'failed') {
        size += i.file.size;
        sent += i.state === 'done' ? i.file.size : Math.min(i.bar.value, i.file.size);
      }
    });
    var percent = size === 0 ? 100 : Math.floor(sent * 100 / size);
    total.value = percent;
    var finished = items.filter(function (i) { return i.state === 'done'; }).length;
    totalText.textContent = text('total', finished, items.length) + ' · ' + percent + ' %';
  }

  function chosen(input) {
    Array.prototype.forEach.call(input.files, function (file) {
      var path = file.webkitRelativePath || '';
      add(file, path.indexOf('/') > 0 ? path.substring(0, path.lastIndexOf('/')) : '');
    });
    input.value = '';
  }

  function walk(entry, directory) {
    if (entry.isFile) {
      entry.file(function (file) { add(file, directory); });
    } else if (entry.isDirectory) {
      var reader = entry.createReader();
      var path = directory ? directory + '/' + entry.name : entry.name;
      var readAll = function () {
        reader.readEntries(function (entries) {
          entries.forEach(function (e) { walk(e, path); });
          if (entries.length) {
            readAll();
          }
        });
      };
      readAll();
    }
  }

  var files = document.getElementById('upload-files');
  var folder = document.getElementById('upload-folder');
  files.addEventListener('change', function () { chosen(files); });
  folder.addEventListener('change', function () { chosen(folder); });
  var zone = root.querySelector('.dropzone');
  zone.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      files.click();
    }
  });
  zone.addEventListener('dragover', function (e) { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', function () { zone.classList.remove('over'); });
  zone.addEventListener('drop', function (e) {
    e.preventDefault();
    zone.classList.remove('over');
    var entries = Array.prototype.map.call(e.dataTransfer.items || [], function (i) {
      return i.webkitGetAsEntry ? i.webkitGetAsEntry() : null;
    });
    if (entries.length && entries.every(function (x) { return x; })) {
      entries.forEach(function (entry) { walk(entry, ''); });
    } else {
      Array.prototype.forEach.call(e.dataTransfer.files, function (file) { add(file, ''); });
    }
  });
  window.addEventListener('online', function () { next(); });
})();
