package article

// What the external tests (package article_test, which may import
// internal/testdoc) need of the internal ones.
var (
	CheckDocument = checkDocument // every invariant of a parsed Document
	FirstChars    = firstChars    // the first n characters of a text, "…" if cut
)
