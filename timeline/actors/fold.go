package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold lowercases s and strips diacritics, for matching ("Erdoğan" -> "erdogan").
// Typographic apostrophes become ASCII ones and the dotless/dotted i fold to "i".
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteString(foldRune(r))
	}
	return b.String()
}

// foldRune returns the folded form of one rune as a string.
func foldRune(r rune) string {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return asciiStrings[r]
	}
	if f, ok := foldTable[r]; ok {
		return f
	}
	if unicode.Is(unicode.Mn, r) {
		return "" // combining mark: the diacritic of a decomposed letter
	}
	// The lower case of a letter the table lacks may be in it: "Ǔ" -> "ǔ" -> "u".
	l := unicode.ToLower(r)
	if f, ok := foldTable[l]; ok {
		return f
	}
	return string(l)
}

// asciiStrings holds one-byte strings for every ASCII value, so folding does not allocate them.
var asciiStrings = func() (t [utf8.RuneSelf]string) {
	for i := range t {
		t[i] = string(rune(i))
	}
	return t
}()

// foldTable maps Latin letters with diacritics (and a few look-alike punctuation marks) to
// their plain lowercase form.
var foldTable = map[rune]string{
	'À': "a", 'Á': "a", 'Â': "a", 'Ã': "a", 'Ä': "a", 'Å': "a", 'Æ': "ae", 'Ç': "c",
	'È': "e", 'É': "e", 'Ê': "e", 'Ë': "e", 'Ì': "i", 'Í': "i", 'Î': "i", 'Ï': "i",
	'Ð': "d", 'Ñ': "n", 'Ò': "o", 'Ó': "o", 'Ô': "o", 'Õ': "o", 'Ö': "o", 'Ø': "o",
	'Ù': "u", 'Ú': "u", 'Û': "u", 'Ü': "u", 'Ý': "y", 'Þ': "th", 'ß': "ss",
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'æ': "ae", 'ç': "c",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ì': "i", 'í': "i", 'î': "i", 'ï': "i",
	'ð': "d", 'ñ': "n", 'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ý': "y", 'þ': "th", 'ÿ': "y",
	'Ā': "a", 'ā': "a", 'Ă': "a", 'ă': "a", 'Ą': "a", 'ą': "a", 'Ć': "c", 'ć': "c",
	'Ĉ': "c", 'ĉ': "c", 'Ċ': "c", 'ċ': "c", 'Č': "c", 'č': "c", 'Ď': "d", 'ď': "d",
	'Đ': "d", 'đ': "d", 'Ē': "e", 'ē': "e", 'Ĕ': "e", 'ĕ': "e", 'Ė': "e", 'ė': "e",
	'Ę': "e", 'ę': "e", 'Ě': "e", 'ě': "e", 'Ĝ': "g", 'ĝ': "g", 'Ğ': "g", 'ğ': "g",
	'Ġ': "g", 'ġ': "g", 'Ģ': "g", 'ģ': "g", 'Ĥ': "h", 'ĥ': "h", 'Ħ': "h", 'ħ': "h",
	'Ĩ': "i", 'ĩ': "i", 'Ī': "i", 'ī': "i", 'Ĭ': "i", 'ĭ': "i", 'Į': "i", 'į': "i",
	'İ': "i", 'ı': "i", 'Ĳ': "ij", 'ĳ': "ij", 'Ĵ': "j", 'ĵ': "j", 'Ķ': "k", 'ķ': "k",
	'Ĺ': "l", 'ĺ': "l", 'Ļ': "l", 'ļ': "l", 'Ľ': "l", 'ľ': "l", 'Ŀ': "l", 'ŀ': "l",
	'Ł': "l", 'ł': "l", 'Ń': "n", 'ń': "n", 'Ņ': "n", 'ņ': "n", 'Ň': "n", 'ň': "n",
	'Ō': "o", 'ō': "o", 'Ŏ': "o", 'ŏ': "o", 'Ő': "o", 'ő': "o", 'Œ': "oe", 'œ': "oe",
	'Ŕ': "r", 'ŕ': "r", 'Ŗ': "r", 'ŗ': "r", 'Ř': "r", 'ř': "r", 'Ś': "s", 'ś': "s",
	'Ŝ': "s", 'ŝ': "s", 'Ş': "s", 'ş': "s", 'Š': "s", 'š': "s", 'Ţ': "t", 'ţ': "t",
	'Ť': "t", 'ť': "t", 'Ŧ': "t", 'ŧ': "t", 'Ũ': "u", 'ũ': "u", 'Ū': "u", 'ū': "u",
	'Ŭ': "u", 'ŭ': "u", 'Ů': "u", 'ů': "u", 'Ű': "u", 'ű': "u", 'Ų': "u", 'ų': "u",
	'Ŵ': "w", 'ŵ': "w", 'Ŷ': "y", 'ŷ': "y", 'Ÿ': "y", 'Ź': "z", 'ź': "z", 'Ż': "z",
	'ż': "z", 'Ž': "z", 'ž': "z", 'Ș': "s", 'ș': "s", 'Ț': "t", 'ț': "t",
	'ǎ': "a", 'ǐ': "i", 'ǒ': "o", 'ǔ': "u", 'ạ': "a", 'ả': "a", 'ấ': "a", 'ầ': "a",
	'ậ': "a", 'ế': "e", 'ệ': "e", 'ọ': "o", 'ộ': "o", 'ơ': "o", 'ư': "u", 'ụ': "u",
	'Ə': "e", 'ə': "e",
	'\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u2010': "-", '\u2011': "-",
}
