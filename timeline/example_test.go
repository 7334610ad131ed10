package timeline_test

import (
	"fmt"
	"time"

	"dateline/data"
	"dateline/timeline"
)

func ExampleBuild() {
	day := time.Date(2024, 7, 25, 0, 0, 0, 0, time.UTC)
	tl := timeline.Build([]data.Article{
		{ID: "a", Outlet: "Euronews", Published: day, Text: "Putin and al-Assad last met in March last year in the Kremlin."},
		{ID: "b", Outlet: "EA Worldview", Published: day, Text: "Putin and Assad last met in Moscow in March 2023. Russia has backed Assad since September 2015."},
	})
	for _, e := range tl.Events {
		fmt.Printf("%s %q %v, %d outlets\n", e.Date, e.Summary, e.Actors, e.Corroboration())
	}
	// Output:
	// 2015-09/.. "Russia has backed Assad since September 2015" [Russia Bashar al-Assad], 1 outlets
	// 2023-03 "Putin and al-Assad last met in March last year in the Kremlin" [Vladimir Putin Bashar al-Assad], 2 outlets
}
