package timeline

import (
	"strings"
	"testing"
)

func TestIsCredit(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Valery Sharifulin/Sputnik", true},
		{"Hadi Mizban/AP2010", true},
		{"(AP Photo/Andrii Marienko)", true},
		{"(AP Photo/Alexander Zemlianichenko, File)", true},
		{"(Photo: Mahmud Hams/AFP)", true},
		{"Photo: Ibraheem Abu Mustafa / Reuters", true},
		{"(Reuters/Mahamadou Hamidou)", true},
		{"Getty Images", true},
		{"AFP via Getty Images", true},
		{"Aubin Mukoni/AFP via Getty Images", true},
		{"REUTERS/Stringer", true},
		{"REUTERS/Khaled Abdullah/File Photo", true},
		{"[Khaled Abdullah/Reuters]", true},
		{"[File: Osamah Abdulrahman/AP]", true},
		{"Image source, Getty Images", true},
		{"Pic: Reuters", true},
		{"Credit: Ann Wang/Reuters", true},
		{"© Ann Wang", true},
		{"Reuters", true},
		{"Photo: The Irrawaddy", true},
		{"Photograph: Moses Sawasawa/AP", true},
		{"(Kharkiv Oblast Military Administration / Telegram)", true},
		{"Photo by John Smith for The New York Times", true},
		{"Photo: Supporters of the junta gather in Niamey.", false},
		{"Pictures: a day in Kyiv", false},
		{"The U.S./Mexico border stayed closed.", false},
		{"He works for the agency at Getty Images", false},
		{"Talks on 24/7 coverage resumed.", false},
		{"A/B/C/D", false},
		{"http://Example/Path", false},
		{"Putin met Assad.", false},
	}
	for _, tt := range tests {
		if got := isCredit(tt.s); got != tt.want {
			t.Errorf("isCredit(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestIsCaptionCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"Image source, Reuters":      false, // a BBC source line comes before its caption
		"Photo: Reuters":             true,
		"(AP Photo/Andrii Marienko)": true,
		"Putin met Assad.":           false,
	} {
		if got := isCaptionCredit(s); got != want {
			t.Errorf("isCaptionCredit(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestCaptionPrefix(t *testing.T) {
	tests := []struct {
		s, want string // want: what is left of s
	}{
		{"Image caption, Emergency workers in Kharkiv", "Emergency workers in Kharkiv"},
		{"Image caption: Emergency workers", "Emergency workers"},
		{"Media caption, Watch: the moment", "Watch: the moment"},
		{"FILE PHOTO: A Houthi fighter", "A Houthi fighter"},
		{"File photo, A Houthi fighter", "A Houthi fighter"},
		{"FILE - Putin speaks", "Putin speaks"},
		{"FILE – Putin speaks", "Putin speaks"},
		{"Caption: Troops in Taipei", "Troops in Taipei"},
		{"Pictured: Troops in Taipei", "Troops in Taipei"},
		{"Photo: Firefighters at the site of the attack. (Telegram)", "Firefighters at the site of the attack. (Telegram)"},
		{"Photo: Supporters gather in Niamey", "Supporters gather in Niamey"},
		{"Photo: The Irrawaddy", "Photo: The Irrawaddy"},
		{"Photograph: Moses Sawasawa/AP", "Photograph: Moses Sawasawa/AP"},
		{"Photos show the city", "Photos show the city"},
		{"Image captions show the city", "Image captions show the city"},
		{"File photos were shown", "File photos were shown"},
		{"FILE-sharing grew", "FILE-sharing grew"},
		{"Files show", "Files show"},
		{"Image", "Image"},
	}
	for _, tt := range tests {
		if got := tt.s[captionPrefix(tt.s):]; got != tt.want {
			t.Errorf("captionPrefix(%q) leaves %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestTrailingCredit(t *testing.T) {
	tests := []struct {
		s, want string // want: s without its credit, up to spaces
	}{
		{"Assad speaks with Putin in Moscow, Wednesday, July 24, 2024 Valery Sharifulin/Sputnik", "Assad speaks with Putin in Moscow, Wednesday, July 24, 2024 "},
		{"Houthi supporters rally in Sanaa on January 12, 2024 [Khaled Abdullah/Reuters]", "Houthi supporters rally in Sanaa on January 12, 2024 "},
		{"Houthi fighters in Sanaa [File: Osamah Abdulrahman/AP]", "Houthi fighters in Sanaa "},
		{"Protesters march in Niamey (Reuters/Mahamadou Hamidou)", "Protesters march in Niamey "},
		{"Fighters in Goma on Jan. 30 Aubin Mukoni/AFP via Getty Images", "Fighters in Goma on Jan. 30 "},
		{"A battery near Kyiv (AP Photo/Efrem Lukatsky)", "A battery near Kyiv "},
		{"Biden meets Zelensky in Paris (AP)", "Biden meets Zelensky in Paris (AP)"},
		{"The talks (which failed) ended", "The talks (which failed) ended"},
		{"The vote was held (see above)", "The vote was held (see above)"},
		{"The U.S./Mexico border", "The U.S./Mexico border"},
		{"[Khaled Abdullah/Reuters]", "[Khaled Abdullah/Reuters]"},
		{"rates rose to 3/4 of", "rates rose to 3/4 of"},
	}
	for _, tt := range tests {
		cut := trailingCredit(tt.s)
		got := tt.s
		if cut > 0 {
			got = tt.s[:cut]
		}
		if strings.TrimSpace(got) != strings.TrimSpace(tt.want) {
			t.Errorf("trailingCredit(%q) leaves %q, want %q", tt.s, got, tt.want)
		}
	}
}
