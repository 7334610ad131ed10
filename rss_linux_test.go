//go:build linux

package main

import (
	"bytes"
	"os"
	"strconv"
)

// resetPeakRSS makes the kernel's peak resident set size of the process (VmHWM) start
// again from the current one. It reports whether the kernel allowed it.
func resetPeakRSS() bool {
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
}

// residentSet returns the current (VmRSS) and peak (VmHWM) resident set size of the
// process in bytes, or zeros when they cannot be read.
func residentSet() (rss, peak uint64) {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, 0
	}
	field := func(name string) uint64 {
		i := bytes.Index(status, []byte("\n"+name+":"))
		if i < 0 {
			return 0
		}
		line := status[i+len(name)+2:]
		if j := bytes.IndexByte(line, '\n'); j >= 0 {
			line = line[:j]
		}
		kb, err := strconv.ParseUint(string(bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimSpace(line), []byte("kB")))), 10, 64)
		if err != nil {
			return 0
		}
		return kb << 10
	}
	return field("VmRSS"), field("VmHWM")
}
