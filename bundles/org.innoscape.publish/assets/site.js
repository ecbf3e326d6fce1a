// The published site's only script: search over the prebuilt index (search-index.js), and pan and
// zoom of diagrams. It makes no request and loads nothing else.
(function () {
  'use strict';
  var root = document.body.getAttribute('data-root') || '';

  function setUpSearch() {
    var input = document.getElementById('search');
    var list = document.getElementById('results');
    if (!input || !list) {
      return;
    }
    var index = window.INNOSCAPE_INDEX || [];

    function haystack(entry) {
      return (entry.n + ' ' + entry.i + ' ' + (entry.x || '') + ' ' + entry.k + ' ' + (entry.d || '')).toLowerCase();
    }

    // Exact ids first, then names that start with the query, then names that hold it, then the rest.
    function rank(entry, query) {
      if ((entry.x && entry.x.toLowerCase() === query) || entry.i.toLowerCase() === query) {
        return 0;
      }
      var name = entry.n.toLowerCase();
      return name.indexOf(query) === 0 ? 1 : name.indexOf(query) > 0 ? 2 : 3;
    }

    function found() {
      var query = input.value.trim().toLowerCase();
      if (!query) {
        return [];
      }
      var words = query.split(/\s+/);
      var hits = index.filter(function (entry) {
        var text = haystack(entry);
        return words.every(function (word) { return text.indexOf(word) >= 0; });
      });
      hits.sort(function (a, b) { return rank(a, query) - rank(b, query) || a.n.localeCompare(b.n); });
      return hits;
    }

    function show() {
      var hits = found();
      list.textContent = '';
      if (!input.value.trim()) {
        return;
      }
      if (hits.length === 0) {
        var none = document.createElement('li');
        none.textContent = 'Nothing matches.';
        list.appendChild(none);
        return;
      }
      hits.slice(0, 20).forEach(function (entry) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = root + entry.u;
        link.textContent = entry.n;
        item.appendChild(link);
        var kind = document.createElement('small');
        kind.textContent = ' ' + entry.k + (entry.x ? ' · ' + entry.x : '');
        item.appendChild(kind);
        list.appendChild(item);
      });
      if (hits.length > 20) {
        var more = document.createElement('li');
        more.textContent = '… and ' + (hits.length - 20) + ' more: add words to narrow the search.';
        list.appendChild(more);
      }
    }

    input.addEventListener('input', show);
    input.form.addEventListener('submit', function (event) {
      event.preventDefault();
      var hits = found();
      if (hits.length > 0) {
        window.location.href = root + hits[0].u;
      }
    });
    var query = new URLSearchParams(window.location.search).get('q');
    if (query) {
      input.value = query;
      show();
    }
  }

  function setUpDiagram(canvas) {
    var svg = canvas.querySelector('svg');
    if (!svg) {
      return;
    }
    var start = svg.getAttribute('viewBox').split(/\s+/).map(Number);
    var box = start.slice();
    svg.removeAttribute('width');
    svg.removeAttribute('height');

    function apply() {
      svg.setAttribute('viewBox', box.join(' '));
    }

    function zoom(factor) {
      var cx = box[0] + box[2] / 2;
      var cy = box[1] + box[3] / 2;
      box[2] = Math.max(50, Math.min(start[2] * 4, box[2] / factor));
      box[3] = box[2] * start[3] / start[2];
      box[0] = cx - box[2] / 2;
      box[1] = cy - box[3] / 2;
      apply();
    }

    function pan(dx, dy) {
      box[0] += dx * box[2];
      box[1] += dy * box[3];
      apply();
    }

    var tools = canvas.parentNode.previousElementSibling;
    if (tools && tools.classList.contains('tools')) {
      tools.addEventListener('click', function (event) {
        var action = event.target.getAttribute('data-zoom');
        if (action === 'in') {
          zoom(1.25);
        } else if (action === 'out') {
          zoom(0.8);
        } else if (action === 'fit') {
          box = start.slice();
          apply();
        }
      });
    }
    canvas.addEventListener('keydown', function (event) {
      var step = 0.1;
      var handled = true;
      switch (event.key) {
        case 'ArrowLeft': pan(-step, 0); break;
        case 'ArrowRight': pan(step, 0); break;
        case 'ArrowUp': pan(0, -step); break;
        case 'ArrowDown': pan(0, step); break;
        case '+': case '=': zoom(1.25); break;
        case '-': zoom(0.8); break;
        case '0': box = start.slice(); apply(); break;
        default: handled = false;
      }
      if (handled) {
        event.preventDefault();
      }
    });
    canvas.addEventListener('wheel', function (event) {
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        zoom(event.deltaY < 0 ? 1.1 : 0.9);
      }
    }, { passive: false });

    // Dragging pans; a drag that moved is not a click on the link under it.
    var drag = null;
    canvas.addEventListener('pointerdown', function (event) {
      drag = { x: event.clientX, y: event.clientY, moved: false, box: box.slice() };
    });
    canvas.addEventListener('pointercancel', function () {
      drag = null;
    });
    canvas.addEventListener('pointermove', function (event) {
      if (!drag) {
        return;
      }
      var dx = event.clientX - drag.x;
      var dy = event.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) > 4) {
        drag.moved = true;
        // Once it is a drag, keep the pointer's events even outside the canvas (a click stays a click on the link).
        canvas.setPointerCapture(event.pointerId);
      }
      if (drag.moved) {
        var scale = box[2] / canvas.clientWidth;
        box[0] = drag.box[0] - dx * scale;
        box[1] = drag.box[1] - dy * scale;
        apply();
      }
    });
    canvas.addEventListener('pointerup', function () {
      if (drag && drag.moved) {
        canvas.addEventListener('click', function swallow(event) {
          event.preventDefault();
          event.stopPropagation();
          canvas.removeEventListener('click', swallow, true);
        }, true);
      }
      drag = null;
    });
  }

  setUpSearch();
  Array.prototype.forEach.call(document.querySelectorAll('.canvas'), setUpDiagram);
}());
