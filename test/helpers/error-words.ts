// Errors carry a code; their words come from the catalogue, which cli/main loads when a run fails.
// Unit tests read the words of errors thrown straight from core, storage and importers.
import '../../src/render/messages/errors.js';
