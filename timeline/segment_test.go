package timeline

import (
	"strings"
	"testing"
)

// segs renders the sentences of text as "kind:text" joined by " | ".
func segs(text string) string {
	var parts []string
	for _, s := range segment(text) {
		k := map[sentenceKind]string{bodySentence: "", headline: "H:", caption: "C:"}[s.kind]
		parts = append(parts, k+text[s.start:s.end])
	}
	return strings.Join(parts, " | ")
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"plain", "Putin met Assad. They talked.", "Putin met Assad. | They talked."},
		{"abbreviations", "U.S. officials met Dr. Smith at 10 a.m. on Jan. 5 in St. Louis. He left.",
			"U.S. officials met Dr. Smith at 10 a.m. on Jan. 5 in St. Louis. | He left."},
		{"abbreviation ending a sentence", "The aid came from the U.S. The talks failed.",
			"The aid came from the U.S. | The talks failed."},
		{"initials", "George W. Bush spoke.", "George W. Bush spoke."},
		{"quote ends sentence", "He said, “We are ready.” Then he left.", "He said, “We are ready.” | Then he left."},
		{"quote continues", "“I am interested,” Putin said to al-Assad.", "“I am interested,” Putin said to al-Assad."},
		{"ellipsis inside", "the two countries…the situation in the region.", "the two countries…the situation in the region."},
		{"decimal", "Growth was 3.5 percent.", "Growth was 3.5 percent."},
		{"headline", "Putin hosts Assad in Moscow\nThe two men met on Wednesday.",
			"H:Putin hosts Assad in Moscow | The two men met on Wednesday."},
		{"question heading", "Will al-Assad and Erdoğan meet?\n\nThe Kremlin did not say.",
			"H:Will al-Assad and Erdoğan meet? | The Kremlin did not say."},
		{"advertisement", "First.\n\nADVERTISEMENT\n\nSecond.", "First. | Second."},
		{"editor's note", "Text.\n[Editor’s Note: Disinformation from a pro-Assad outlet — the 2023 clash.]\nMore.", "Text. | More."},
		{"editor's note unbracketed", "Text.\n\nEditor's Note: This story has been updated.", "Text."},
		{"link line", "Text.\nBattle for Syria’s Oil: https://www.example.com/battle/288100/", "Text."},
		{"read more", "Text.\n\nRead more: Ukraine's grid https://example.org/grid", "Text."},
		{"credit after caption", "Soldiers celebrate outside Mosul, Iraq. Hadi Mizban/AP2010\n\nIn December 2022, talks were held.",
			"C:Soldiers celebrate outside Mosul, Iraq. | In December 2022, talks were held."},
		{"credit glued", "Assad speaks with Putin in Moscow, Wednesday, July 24, 2024 Valery Sharifulin/Sputnik",
			"C:Assad speaks with Putin in Moscow, Wednesday, July 24, 2024"},
		{"parenthesized credit", "A battery near Kyiv on Nov. 10, 2023. (AP Photo/Efrem Lukatsky)",
			"C:A battery near Kyiv on Nov. 10, 2023."},
		// Caption and credit styles of the big outlets: the caption is marked, its label
		// and credit are not part of it.
		{"AP credit", "Rescuers work at the site of a Russian missile strike in Kharkiv, Ukraine, Friday, March 15, 2024. (AP Photo/Andrii Marienko)",
			"C:Rescuers work at the site of a Russian missile strike in Kharkiv, Ukraine, Friday, March 15, 2024."},
		{"AP file photo", "FILE - Putin speaks in Moscow, Russia, Feb. 29, 2024. (AP Photo/Alexander Zemlianichenko, File)\n\nHe won.",
			"C:Putin speaks in Moscow, Russia, Feb. 29, 2024. | He won."},
		{"AP credit on the next line", "Rescuers work in Kharkiv, Friday, March 15, 2024.\n(AP Photo/Andrii Marienko)\n\nFive died.",
			"C:Rescuers work in Kharkiv, Friday, March 15, 2024. | Five died."},
		{"BBC image caption", "Image caption, Emergency workers at the scene in Kharkiv on 15 March. Image source, Reuters",
			"C:Emergency workers at the scene in Kharkiv on 15 March."},
		{"BBC source line before caption", "The strike hit a school.\nImage source, Reuters\nImage caption, Rescuers at the school on 15 March\n\nFive died.",
			"The strike hit a school. | C:Rescuers at the school on 15 March | Five died."},
		{"BBC media caption of two sentences", "Media caption, Watch: the moment the missile hit. It was 15 March.",
			"C:Watch: the moment the missile hit. | C:It was 15 March."},
		{"bracketed credit", "Houthi supporters rally in Sanaa on January 12, 2024 [Khaled Abdullah/Reuters]",
			"C:Houthi supporters rally in Sanaa on January 12, 2024"},
		{"bracketed file credit", "Houthi fighters patrol a street in Sanaa on Jan. 3 [File: Osamah Abdulrahman/AP]",
			"C:Houthi fighters patrol a street in Sanaa on Jan. 3"},
		{"photo label in brackets", "Smoke rises over Gaza City on Oct. 9, 2023. (Photo: Mahmud Hams/AFP)",
			"C:Smoke rises over Gaza City on Oct. 9, 2023."},
		{"photo line under caption", "Smoke rises over Khan Younis on Friday.\nPhoto: Ibraheem Abu Mustafa / Reuters\n\nThe army said it struck.",
			"C:Smoke rises over Khan Younis on Friday. | The army said it struck."},
		{"agency first in brackets", "Protesters march in Niamey on July 30, 2023 (Reuters/Mahamadou Hamidou)",
			"C:Protesters march in Niamey on July 30, 2023"},
		{"Getty Images", "Soldiers in Goma on Jan. 27, 2025. Getty Images", "C:Soldiers in Goma on Jan. 27, 2025."},
		{"via Getty Images", "Fighters in Goma on Jan. 30. Aubin Mukoni/AFP via Getty Images", "C:Fighters in Goma on Jan. 30."},
		{"via Getty Images glued", "Fighters in Goma on Jan. 30 Aubin Mukoni/AFP via Getty Images", "C:Fighters in Goma on Jan. 30"},
		{"Reuters file photo", "FILE PHOTO: A Houthi fighter stands on the Galaxy Leader, November 20, 2023. REUTERS/Khaled Abdullah/File Photo",
			"C:A Houthi fighter stands on the Galaxy Leader, November 20, 2023."},
		{"Reuters credit", "Servicemen fire a howitzer near Bakhmut, March 5, 2024. REUTERS/Stringer", "C:Servicemen fire a howitzer near Bakhmut, March 5, 2024."},
		{"pic", "Troops in Taipei on May 23. Pic: Reuters", "C:Troops in Taipei on May 23."},
		{"credit label", "Troops in Taipei on May 23. Credit: Ann Wang/Reuters", "C:Troops in Taipei on May 23."},
		{"copyright sign", "Troops in Taipei on May 23. © Ann Wang", "C:Troops in Taipei on May 23."},
		{"photo label before a caption", "Photo: Supporters of Niger's junta gather in Niamey, 28 January 2024. © Boureima Hama / AFP",
			"C:Supporters of Niger's junta gather in Niamey, 28 January 2024."},
		{"photo label and bracketed source", "Photo: Firefighters in Kharkiv on March 15, 2024. (Kharkiv Oblast Military Administration / Telegram)\n\nMore.",
			"C:Firefighters in Kharkiv on March 15, 2024. | More."},
		{"photo label as a credit line", "Photo: The Irrawaddy\n\nMore.", "More."},
		{"photograph credit", "Displaced people flee fighting near Goma. Photograph: Moses Sawasawa/AP", "C:Displaced people flee fighting near Goma."},
		{"publication credit in brackets", "Young people queue in Yangon on Monday. (Photo: The Irrawaddy)", "C:Young people queue in Yangon on Monday."},
		{"caption and credit labels", "Caption: A navy vessel sails near Pingtan island on May 23, 2024. Credit: Reuters/Go Nakamura",
			"C:A navy vessel sails near Pingtan island on May 23, 2024."},
		{"copyright line after a paragraph", "The UN said on Wednesday that bodies lay in the streets.\n\n© AFP/Moses Sawasawa\n\nMore.",
			"The UN said on Wednesday that bodies lay in the streets. | More."},
		{"credit line after a paragraph is not its", "He said. They left on May 2.\nHadi Mizban/AP\n\nMore.",
			"He said. | They left on May 2. | More."},
		{"credit after a blank line is not the caption's", "They left on May 2.\n\nHadi Mizban/AP", "They left on May 2."},
		{"bare agency ends a headline", "Biden meets Zelensky in Paris (AP)", "H:Biden meets Zelensky in Paris (AP)"},
		{"label alone", "Image caption, ", ""},
		{"wrapped line continues", "Russia has waged a campaign in\nSyria since 2015.", "Russia has waged a campaign in\nSyria since 2015."},
		{"lower-case continuation", "The talks were held\nin Moscow.", "The talks were held\nin Moscow."},
		{"slash in text is not a credit", "The U.S./Mexico border stayed closed.", "The U.S./Mexico border stayed closed."},
		{"page stamps", "By Jane Doe\nUpdated: July 25, 2024 10:31 AM ET\nPublished 3 hours ago\n\nPutin met Assad.", "Putin met Assad."},
		{"a sentence starting with By stays", "By March 2024 the number had reached 8.5 million.", "By March 2024 the number had reached 8.5 million."},
		{"empty", "", ""},
		{"blank lines only", "\n\n  \n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := segs(tt.text); got != tt.want {
				t.Errorf("segment(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{"U.S. officials met Dr. Smith. He left.", "A. B/C\n\nADVERTISEMENT\n[x]", "“Hi.” Then…", "x/Y Z/W", "\xff.", "\xe2" + strings.Repeat("\x80", 2*maxSentence)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, s := range segment(text) {
			if s.start < last || s.start >= s.end || s.end > len(text) {
				t.Fatalf("bad sentence %+v (previous end %d) in %q", s, last, text)
			}
			last = s.end
		}
	})
}

func TestSegmentRunOn(t *testing.T) {
	text := strings.Repeat("word, ", 2000) + strings.Repeat("x", 5000)
	ss := segment(text)
	if len(ss) < 5 {
		t.Fatalf("got %d sentences, want the run-on text cut in pieces", len(ss))
	}
	last := 0
	for _, s := range ss {
		if s.end-s.start > maxSentence || s.start < last {
			t.Errorf("sentence %d:%d is %d bytes (max %d) or out of order", s.start, s.end, s.end-s.start, maxSentence)
		}
		last = s.end
	}
}

// A run-on text of invalid UTF-8 (continuation bytes only, no space) is cut too: it
// has no rune start to cut at, which once made segment loop forever.
func TestSegmentRunOnInvalidUTF8(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("\x80", 3*maxSentence),
		"\xe2" + strings.Repeat("\x80", 2*maxSentence+7),
		"word " + strings.Repeat("\xbf", maxSentence+1),
	} {
		ss := segment(text)
		if len(ss) < 2 {
			t.Errorf("segment of %d invalid bytes: %d sentences, want it cut in pieces", len(text), len(ss))
		}
		last := 0
		for _, s := range ss {
			if s.start < last || s.start >= s.end || s.end-s.start > maxSentence {
				t.Errorf("sentence %d:%d out of order, empty or longer than %d", s.start, s.end, maxSentence)
			}
			last = s.end
		}
	}
}
