package temporal

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestCPUThroughput(t *testing.T) {
	if os.Getenv("CPU_TP") == "" {
		t.Skip()
	}
	files, _ := filepath.Glob("../../../shared/tempeval/tbaq/*/*.tml")
	var docs []goldDoc
	n := 0
	for _, f := range files {
		d, _ := readTML(f)
		docs = append(docs, d)
		n += len(d.text)
	}
	best := time.Hour
	for r := 0; r < 5; r++ {
		c0 := cpuTime()
		for k := 0; k < 40; k++ {
			for _, d := range docs {
				Tag(d.text, Ref{DCT: d.dct})
			}
		}
		if c := cpuTime() - c0; c < best {
			best = c
		}
	}
	t.Logf("CPU throughput: %.1f MB/s", float64(40*n)/best.Seconds()/1e6)
}
