package temporal_test

import (
	"fmt"
	"time"

	"dateline/timeline/temporal"
)

func ExampleTag() {
	text := "Putin hosted Assad in Moscow on Wednesday, for the first time since March 2011. Two years ago they met in Sochi."
	dct := time.Date(2024, 7, 25, 0, 0, 0, 0, time.UTC)
	for _, x := range temporal.Tag(text, temporal.Ref{DCT: dct}) {
		fmt.Printf("%d-%d %q %s %s\n", x.Start, x.End, x.Text, x.Type, x.Value)
	}
	// Output:
	// 32-41 "Wednesday" DATE 2024-07-24
	// 68-78 "March 2011" DATE 2011-03
	// 80-93 "Two years ago" DATE 2022
}

func ExampleTag_narrative() {
	text := "The war began in June 1950. Two years later an armistice was signed; the same day the guns fell silent."
	for _, x := range temporal.Tag(text, temporal.Ref{Narrative: true}) {
		fmt.Printf("%q %s\n", x.Text, x.Value)
	}
	// Output:
	// "June 1950" 1950-06
	// "Two years later" 1952
	// "the same day" 1952-XX-XX
}
