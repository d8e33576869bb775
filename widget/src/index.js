// Entry point: <script src=".../clinic-chat.js" data-server="..." ...></script>
import { readConfig } from './config.js';
import { mountWidget } from './widget.js';

// Only set while this script first runs, so it is read before waiting for the page.
const script = document.currentScript;

function start() {
  if (document.getElementById('clinic-chat')) return; // the tag was included twice
  mountWidget(readConfig(script ? script.dataset : {}, document.baseURI));
}

if (document.body) start();
else document.addEventListener('DOMContentLoaded', start);
