package article

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// splitTexts runs splitSentences and returns the sentence texts.
func splitTexts(p string) []string {
	var out []string
	for _, s := range splitSentences(p, nil) {
		out = append(out, p[s.start:s.end])
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		// Abbreviations: Punkt alone splits "U.S. | Ambassador".
		{"acronym before proper noun", "After meeting with Italy’s interior minister, U.S. Ambassador to Italy Tilman Fertitta said HSI’s role would be advisory. The State Department agreed.",
			[]string{"After meeting with Italy’s interior minister, U.S. Ambassador to Italy Tilman Fertitta said HSI’s role would be advisory.", "The State Department agreed."}},
		{"acronym opening a paragraph", "U.S. Homeland Security Secretary Kristi Noem, left, and Italian Interior Minister Matteo Piantedosi meet in Rome.",
			[]string{"U.S. Homeland Security Secretary Kristi Noem, left, and Italian Interior Minister Matteo Piantedosi meet in Rome."}},
		{"acronym ending a sentence", "ICE may enter homes in the U.S. The city is set to host the Feb. 6 opening ceremony.",
			[]string{"ICE may enter homes in the U.S.", "The city is set to host the Feb. 6 opening ceremony."}},
		{"company abbreviation", "™ & © 2026 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.",
			[]string{"™ & © 2026 Cable News Network, Inc., a Warner Bros. Discovery Company.", "All rights reserved."}},
		{"titles", "Mr. Sala met Gen. Rossi and Sen. Bianchi. Dr. Verdi was there.",
			[]string{"Mr. Sala met Gen. Rossi and Sen. Bianchi.", "Dr. Verdi was there."}},
		{"initials", "Italy’s minister had met Tilman J Fertitta, the US ambassador. Tilman J. Fertitta said nothing.",
			[]string{"Italy’s minister had met Tilman J Fertitta, the US ambassador.", "Tilman J. Fertitta said nothing."}},
		{"month before a number", "The Games open on Feb. 6 in Milan. They close on Feb. 22.",
			[]string{"The Games open on Feb. 6 in Milan.", "They close on Feb. 22."}},
		{"month ending a sentence", "The Games open in Feb. The city is ready.",
			[]string{"The Games open in Feb.", "The city is ready."}},
		{"number sign", "No. 10 Downing Street declined to comment.", []string{"No. 10 Downing Street declined to comment."}},
		{"time of day", "He spoke at 9.30 a.m. local time. Then he left.", []string{"He spoke at 9.30 a.m. local time.", "Then he left."}},

		// Numbers, amounts and years: Punkt takes "1801." for a list number.
		{"years", "It was founded in 1801. It became a city in 1850. About 58,000 people live there.",
			[]string{"It was founded in 1801.", "It became a city in 1850.", "About 58,000 people live there."}},
		{"amount", "Shares closed at $14.10. Analysts expect more.", []string{"Shares closed at $14.10.", "Analysts expect more."}},
		{"percentage", "Sales rose 4.5%. The dollar fell 0.7 percent. Gold rose 12.", []string{"Sales rose 4.5%.", "The dollar fell 0.7 percent.", "Gold rose 12."}},
		{"decade and age", "Prices rose in the 1990s. He died at 82. His wife survives him.",
			[]string{"Prices rose in the 1990s.", "He died at 82.", "His wife survives him."}},
		{"number before an opening quote", `The vote was 20 to 17. "We won," she said.`, []string{"The vote was 20 to 17.", `"We won," she said.`}},
		{"number before lower case", "The index rose 2.5. percent was the word he used.", []string{"The index rose 2.5. percent was the word he used."}},
		{"decimal inside a word", "Earnings were 4.77 a share in 2001, up from 3.90.", []string{"Earnings were 4.77 a share in 2001, up from 3.90."}},
		{"number before a digit", "The count went 1. 2. 3. Then it stopped.", []string{"The count went 1. 2. 3.", "Then it stopped."}},
		{"enumerator", "1. Preheat the oven. 2. Add the flour.", []string{"1. Preheat the oven.", "2. Add the flour."}},
		{"section number", `1.1. "Contributor" means each entity. 1.2. "Covered Code" means the code.`,
			[]string{`1.1. "Contributor" means each entity.`, `1.2. "Covered Code" means the code.`}},
		{"section number ending a sentence", "It is governed by Section 6.1. For legal entities, it differs.",
			[]string{"It is governed by Section 6.1.", "For legal entities, it differs."}},
		{"ordinal date", "Die Wahl findet am 3. Oktober statt.", []string{"Die Wahl findet am 3. Oktober statt."}},
		{"year before a month", "He was shot in June 2000. November 17 claimed it.", []string{"He was shot in June 2000.", "November 17 claimed it."}},
		{"number after No.", "He drove the No. 11 car. Jan. 25 was the day.", []string{"He drove the No. 11 car.", "Jan. 25 was the day."}},

		// Web and mail addresses, a full stop after a bracket or quote.
		{"address", "Write to news@example.com. The desk replies. See www.example.com. It has more.",
			[]string{"Write to news@example.com.", "The desk replies.", "See www.example.com.", "It has more."}},
		// A dotted name (domain, product, file) is no abbreviation: it
		// ends its sentence before any capitalised word, where Punkt
		// keeps going unless the next word is a usual sentence opener.
		{"amount with a country's currency code", "Shares closed at A$4.57. Lakhani was charged. The deal is worth US$1.2. Analysts agreed. It cost HK$30. Nobody paid.",
			[]string{"Shares closed at A$4.57.", "Lakhani was charged.", "The deal is worth US$1.2.", "Analysts agreed.", "It cost HK$30.", "Nobody paid."}},
		{"number before a quoted month", `The meeting is set for August 8. "September will be busy," he said. Sie beginnt am 3. Oktober um neun.`,
			[]string{"The meeting is set for August 8.", `"September will be busy," he said.`, "Sie beginnt am 3. Oktober um neun."}},
		{"dotted names", "He bought it from Shopsite.com. Once home, he opened it. It runs on Visual Studio.Net. Once built, it works. Both use .NET. Then came ASP.NET. Nobody used Node.js. Maybe later.",
			[]string{"He bought it from Shopsite.com.", "Once home, he opened it.", "It runs on Visual Studio.Net.", "Once built, it works.", "Both use .NET.", "Then came ASP.NET.", "Nobody used Node.js.", "Maybe later."}},
		{"dotted abbreviations are no names", "He has a Ph.D. Smith said so. She met Lt.Gen. Rossi at 9 a.m. Monday. It was e.g. Fine.",
			[]string{"He has a Ph.D. Smith said so.", "She met Lt.Gen. Rossi at 9 a.m. Monday.", "It was e.g. Fine."}},
		{"full stop after a bracket", "said Rep. Louise Slaughter (D-N.Y.). Violence persisted.", []string{"said Rep. Louise Slaughter (D-N.Y.).", "Violence persisted."}},
		{"possessive after an abbreviation", "International Business Machines Corp.'s (IBM) support grew.", []string{"International Business Machines Corp.'s (IBM) support grew."}},

		// Company suffixes.
		{"company suffix ending a sentence", "The deal went to Telemarketing Associates Inc. Federal regulators objected.",
			[]string{"The deal went to Telemarketing Associates Inc.", "Federal regulators objected."}},
		{"company suffix before a title", "Microsoft Corp. Chairman Bill Gates spoke. Acme Co. Ltd. agreed.",
			[]string{"Microsoft Corp. Chairman Bill Gates spoke.", "Acme Co. Ltd. agreed."}},
		{"company suffix before a ticker", "Shares of Alcoa Inc. AA.N rose. IBM Corp. (IBM.N) fell.", []string{"Shares of Alcoa Inc. AA.N rose.", "IBM Corp. (IBM.N) fell."}},
		{"company suffix before No.", "He replaces Park in the Dale Earnhardt Inc. No. 1 Chevrolet.", []string{"He replaces Park in the Dale Earnhardt Inc. No. 1 Chevrolet."}},
		{"company suffix before a quote", `The buyer was Acme Ltd. "We are pleased," it said.`, []string{"The buyer was Acme Ltd.", `"We are pleased," it said.`}},

		// Places and times.
		{"state ending a sentence", "The company is based in Mountain View, Calif. EMC will run it.", []string{"The company is based in Mountain View, Calif.", "EMC will run it."}},
		{"state and party", `said Tom Daschle, D-S.D. "I don't see much broken."`, []string{"said Tom Daschle, D-S.D.", `"I don't see much broken."`}},
		{"state before a comma", "A Miami, Fla., man won.", []string{"A Miami, Fla., man won."}},
		{"time ending a sentence", "He was pronounced dead at 1:17 p.m. Shares fell.", []string{"He was pronounced dead at 1:17 p.m.", "Shares fell."}},
		{"time before zone, day or month", "At 5 p.m. EDT the storm turned. At 8 p.m. Friday it weakened. Polls open at 7 a.m. Sept. 8.",
			[]string{"At 5 p.m. EDT the storm turned.", "At 8 p.m. Friday it weakened.", "Polls open at 7 a.m. Sept. 8."}},
		{"time before a place's time", "The contest ran until 3 p.m. Arizona time Sunday.", []string{"The contest ran until 3 p.m. Arizona time Sunday."}},
		{"military titles", "Pfc. Jessica Lynch spoke. Lieut. Mothana Ali agreed.", []string{"Pfc. Jessica Lynch spoke.", "Lieut. Mothana Ali agreed."}},

		// Decimals.
		{"decimal", "“This is a militia that kills,” Sala told Italian radio station RTL 102.5 on Tuesday. He said more.",
			[]string{"“This is a militia that kills,” Sala told Italian radio station RTL 102.5 on Tuesday.", "He said more."}},
		{"decimal before opening guillemet", "ha detto Sala a RTL 102.5. «Potremmo mai dire no a Trump?»",
			[]string{"ha detto Sala a RTL 102.5.", "«Potremmo mai dire no a Trump?»"}},

		// Ellipses.
		{"ellipsis inside a quotation", "“After street violence and murders in the US… We cannot allow this,” Conte posted on X.",
			[]string{"“After street violence and murders in the US… We cannot allow this,” Conte posted on X."}},
		{"ellipsis ending a sentence", "He paused… Then he left.", []string{"He paused…", "Then he left."}},
		{"dots ending a sentence", "Wait for it... The end came.", []string{"Wait for it...", "The end came."}},
		{"ellipsis mid-sentence", "He waited... and waited.", []string{"He waited... and waited."}},
		{"spaced ellipsis inside a quotation", `"The president just listened . . . It was a monologue."`, []string{`"The president just listened . . . It was a monologue."`}},
		{"spaced full stop", "It happened here . President Bush left.", []string{"It happened here .", "President Bush left."}},

		// Quotations.
		{"several sentences in quotes", "“We cannot allow this,” he added. “Our government tried to downplay the situation, but these statements speak clearly. Enough with the bowing,” Conte added.",
			[]string{"“We cannot allow this,” he added.", "“Our government tried to downplay the situation, but these statements speak clearly.", "Enough with the bowing,” Conte added."}},
		{"question marks inside quotes", "“This is a militia that kills,” Sala said. “Could we ever say ‘No’ to Trump? This isn’t about severing relations, but could we say ‘No?’”",
			[]string{"“This is a militia that kills,” Sala said.", "“Could we ever say ‘No’ to Trump?", "This isn’t about severing relations, but could we say ‘No?’”"}},
		{"question then attribution", "“Why?” he asked. Nobody answered.", []string{"“Why?” he asked.", "Nobody answered."}},
		{"closing then opening quote", "Another lawmaker warned ICE agents “must not set foot in Italy.” “It is a violent, unprepared, and out-of-control militia,” Carlo Calenda said.",
			[]string{"Another lawmaker warned ICE agents “must not set foot in Italy.”", "“It is a violent, unprepared, and out-of-control militia,” Carlo Calenda said."}},
		{"closing then opening quote 2", "Conte urged the government to “set -our own limits” and “make clear decisions.” “This is a militia that kills,” Sala said.",
			[]string{"Conte urged the government to “set -our own limits” and “make clear decisions.”", "“This is a militia that kills,” Sala said."}},
		{"straight quotes", `"We cannot allow this," he added. "Our government tried."`,
			[]string{`"We cannot allow this," he added.`, `"Our government tried."`}},
		{"brackets stay with their sentence", "The unit is based in Milan. (It will not patrol.) Officials agreed.",
			[]string{"The unit is based in Milan.", "(It will not patrol.)", "Officials agreed."}},
		{"stray closing quote", "He said it was over. ”", []string{"He said it was over. ”"}},

		// Dashes.
		{"dateline dash", "(CNN) — Outrage is growing in Italy. Lawmakers urged action.",
			[]string{"(CNN) — Outrage is growing in Italy.", "Lawmakers urged action."}},
		{"attribution after a quote", "“They’re not welcome in Milan.” — Milan Mayor Giuseppe Sala, RTL 102.5",
			[]string{"“They’re not welcome in Milan.” — Milan Mayor Giuseppe Sala, RTL 102.5"}},
		{"dashed aside", "Two small parties – the Green and Left Alliance (AVS) and Azione – have started petitions.",
			[]string{"Two small parties – the Green and Left Alliance (AVS) and Azione – have started petitions."}},

		// Other scripts.
		{"japanese", "米国は代表団を送る。イタリアは反発した！本当か？はい。", []string{"米国は代表団を送る。", "イタリアは反発した！", "本当か？", "はい。"}},
		{"chinese with spaces", "这是第一句。 这是第二句。", []string{"这是第一句。", "这是第二句。"}},
		{"chinese closing bracket", "他说：「不行。」然后离开了。", []string{"他说：「不行。」", "然后离开了。"}},
		{"arabic question mark", "هل هذا صحيح؟ نعم هذا صحيح.", []string{"هل هذا صحيح؟", "نعم هذا صحيح."}},
		{"urdu full stop", "یہ پہلا جملہ ہے۔ یہ دوسرا جملہ ہے۔", []string{"یہ پہلا جملہ ہے۔", "یہ دوسرا جملہ ہے۔"}},
		{"hindi danda", "यह पहला वाक्य है। यह दूसरा है।", []string{"यह पहला वाक्य है।", "यह दूसरा है।"}},

		// Edges.
		{"no end punctuation", "Italian Pushback", []string{"Italian Pushback"}},
		{"only punctuation", "— …", []string{"— …"}},
		{"space only", "   ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, splitTexts(tt.in)); diff != "" {
				t.Errorf("splitSentences(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestSentencesNeverCrossParagraphs(t *testing.T) {
	d := mustParse(t, "x.txt", "The first paragraph ends without a full stop\n\nand the second starts in lower case. It goes on.")
	want := []string{"The first paragraph ends without a full stop", "and the second starts in lower case.", "It goes on."}
	if diff := cmp.Diff(want, sentenceTexts(d)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	for _, s := range d.Sentences {
		if strings.Contains(s.Text, "\n") {
			t.Errorf("sentence %q crosses a paragraph break", s.Text)
		}
	}
}

func TestAbbreviationKind(t *testing.T) {
	tests := []struct {
		word string
		want abbrKind
	}{
		{"Mr.", abbrTitle}, {"Gen.", abbrTitle}, {"Feb.", abbrMonth}, {"Sept.", abbrMonth},
		{"U.S.", abbrConditional}, {"J.", abbrConditional}, {"a.m.", abbrTime},
		{"Bros.", abbrConditional}, {"Inc.", abbrCompany}, {"Ltd.", abbrCompany}, {"p.m.", abbrTime},
		{"Calif.", abbrPlace}, {"D-S.D.", abbrPlace}, {"R-Calif.", abbrPlace}, {"Pfc.", abbrTitle},
		{"Italy.", abbrNone}, {"102.5.", abbrNone}, {"U.S", abbrNone},
	}
	for _, tt := range tests {
		if got := abbreviationKind(tt.word); got != tt.want {
			t.Errorf("abbreviationKind(%q) = %d, want %d", tt.word, got, tt.want)
		}
	}
}

// Parse shares one Punkt model between goroutines; run with -race.
func TestParseConcurrent(t *testing.T) {
	const text = "U.S. Ambassador Tilman Fertitta met Mr. Piantedosi. “Could we say ‘No’?” he asked. It ended."
	want := splitTexts(text)
	done := make(chan []string)
	for i := 0; i < 4; i++ {
		go func() { done <- splitTexts(text) }()
	}
	for i := 0; i < 4; i++ {
		if diff := cmp.Diff(want, <-done); diff != "" {
			t.Errorf("concurrent split differs (-first +other):\n%s", diff)
		}
	}
}
