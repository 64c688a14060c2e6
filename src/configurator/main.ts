// The configurator page: the library (for the live preview) and the app.
import '../index.js';
import './configurator-app.js';
