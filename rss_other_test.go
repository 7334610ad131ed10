//go:build !linux

package main

// resetPeakRSS cannot reset the peak resident set size on this system.
func resetPeakRSS() bool { return false }

// residentSet is unknown on this system.
func residentSet() (rss, peak uint64) { return 0, 0 }
