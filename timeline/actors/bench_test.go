package actors

import (
	"strings"
	"testing"
)

// benchText is news-like text of about 40 KB with a realistic density of names.
var benchText = strings.Repeat(`Russia's Vladimir Putin hosted Bashar al-Assad, the Syrian leader whom he has propped up since 2011, in Moscow on Wednesday.
Kremlin spokesman Dmitry Peskov gave no other information. The topic of Ukraine did not come up, officials said on Thursday.
Sudanese Foreign Minister Ali Yousef Ahmed said the talks in Khartoum failed, and Ahmed added that the army would keep fighting the Rapid Support Forces.
The European Union and NATO condemned the strike, while U.S. officials said Washington had not been told in advance of the operation near Kharkiv.
`, 64)

func BenchmarkScan(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Scan(benchText)
	}
}

func BenchmarkScanner(b *testing.B) {
	var s Scanner
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		s.Scan(benchText)
	}
}
