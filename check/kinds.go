package check

// The kinds of findings. Each is a string type whose values are the words
// the JSON output uses, so that a finding encodes as it reads.

// A QuoteKind says how a quotation changed (see QuoteChange.Change).
type QuoteKind string

// The changes of a quotation, in the order of precedence when several
// apply (paraphrased stands apart: it is only claimed when no BASE
// quotation matches word for word).
const (
	QuoteMisattributed QuoteKind = "misattributed" // the same words given to another speaker
	QuoteSpliced       QuoteKind = "spliced"       // pieces of separate BASE quotations joined into one
	QuoteTruncated     QuoteKind = "truncated"     // words left out where the OTHER puts an ellipsis
	QuoteAltered       QuoteKind = "altered"       // words changed, added or silently left out
	QuoteParaphrased   QuoteKind = "paraphrased"   // other words, given to the same named speaker
	QuoteTrimmed       QuoteKind = "trimmed"       // BASE words left out with no ellipsis to say so
	QuoteExtended      QuoteKind = "extended"      // words added before or after the BASE quotation's
	QuoteFabricated    QuoteKind = "fabricated"    // quoted in OTHER, only reported speech in BASE
)

func (k QuoteKind) String() string { return string(k) }

// A TypoKind says what kind of spelling finding a Typo is.
type TypoKind string

// The kinds of Typo.
const (
	TypoNearMiss    TypoKind = "typo"        // a near miss of the BASE word it replaced
	TypoVariant     TypoKind = "variant"     // British or American spelling; no error
	TypoMisspelling TypoKind = "misspelling" // in neither the BASE nor the word list
	TypoFused       TypoKind = "fused"       // two words run together: "80aftershocks"
)

func (k TypoKind) String() string { return string(k) }

// A FactKind says what kind of fact a Fact is.
type FactKind string

// The kinds of Fact.
const (
	FactNumber FactKind = "number"
	FactAmount FactKind = "amount" // a number with a currency or a unit
	FactDate   FactKind = "date"
	FactTime   FactKind = "time" // a clock time, with its zone if given
	FactName   FactKind = "name"
	// FactNegation is a negation dropped or added: the sentence says the
	// opposite ("would not resign" → "would resign", "unarmed" → "armed").
	FactNegation FactKind = "negation"
	// FactOpposite is a word replaced by its opposite: "shares rose" →
	// "shares fell", "was acquitted" → "was convicted".
	FactOpposite FactKind = "opposite"
	// FactHedge is a word that marks a claim as unproven dropped or added:
	// "the alleged gunman" → "the gunman", "could face" → "will face".
	FactHedge FactKind = "hedge"
	// FactRole is a qualifier of a post dropped or added: "former Prime
	// Minister" → "Prime Minister", "Deputy Mayor" → "Mayor".
	FactRole FactKind = "role"
)

func (k FactKind) String() string { return string(k) }
