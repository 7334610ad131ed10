//go:build !unix

package ui

import "testing"

// cpuMeter measures nothing where getrusage is missing.
type cpuMeter struct{}

func startCPU() cpuMeter { return cpuMeter{} }

func (cpuMeter) report(*testing.B) {}
