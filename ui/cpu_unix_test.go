//go:build unix

package ui

import (
	"syscall"
	"testing"
	"time"
)

// cpuMeter reports the process's CPU time per op beside the wall time, a
// number that holds on a machine shared with other work.
type cpuMeter struct{ start time.Duration }

func startCPU() cpuMeter { return cpuMeter{cpuTime()} }

func (c cpuMeter) report(b *testing.B) {
	b.ReportMetric(float64((cpuTime()-c.start).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
