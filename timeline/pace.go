package timeline

import (
	"runtime"
	"runtime/metrics"
	"sync"
)

// pacer keeps the heap of a build close to what the build keeps alive, by asking for a
// collection when the heap has grown by slack over what the last collection left live.
//
// Why a library asks for collections: Build holds its whole input to the end, and the
// runtime (GOGC=100) lets the heap grow to twice what the last collection left live
// before it collects again. The input alone is then worth as much garbage again: with
// drafts, clusters and indexes as small as they are, a build of 10,000 articles (40 MB)
// still peaked at 2.8 to 3 times the input (BenchmarkBuild with GOGC=101, which turns
// the pacer off), most of it garbage that the temporal tagger and the actor scanner
// leave per article and that the runtime had no reason to collect yet. With the pacer it
// peaks at about 2.3 times: what it keeps (2.1 times, the input included) and a quarter
// of the input. A collection marks only the live heap, which holds few pointers (article
// texts, drafts and their tables have none): such a build makes about 19 collections
// instead of 4, which cost 3 to 8% more CPU time on a busy 2-core machine.
//
// (Letting the heap grow by more while the articles are read, when little is live,
// saves collections but raises the peak: a bound of the starting heap plus the input
// made 8 collections, and peaks of 2.5 times the input.)
//
// The pacer stays out of the way when the program asked for less collecting than the
// default (GOGC above 100, or off): it prefers speed to memory then. Collecting does not
// change what Build makes, only when garbage is freed.
type pacer struct {
	slack uint64     // heap growth over the live heap that starts a collection; 0: every check does
	mu    sync.Mutex // held while checking, and collecting: one goroutine does
	s     []metrics.Sample
}

// minSlack is the least growth the pacer lets the heap have: a small build is left to
// the runtime, which does not collect a heap under 4 MB anyway.
const minSlack = 4 << 20

// newPacer returns a pacer for a build of input bytes of text, or nil when the program
// set GOGC above 100 or off.
func newPacer(input int) *pacer {
	gogc := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(gogc)
	if gogc[0].Value.Kind() != metrics.KindUint64 || gogc[0].Value.Uint64() > 100 {
		return nil // GOGC=off reads as a huge number
	}
	return pacerWithSlack(max(uint64(input)/4, minSlack))
}

// pacerWithSlack returns a pacer that collects when the heap has grown by slack.
func pacerWithSlack(slack uint64) *pacer {
	return &pacer{slack: slack, s: []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/live:bytes"}}}
}

// check collects garbage when the heap has grown by the slack since the last collection.
// Goroutines call it between pieces of work; while one checks or collects, the others go
// on.
func (p *pacer) check() {
	if p == nil || !p.mu.TryLock() {
		return
	}
	defer p.mu.Unlock()
	metrics.Read(p.s)
	heap, live := p.s[0].Value, p.s[1].Value
	if heap.Kind() != metrics.KindUint64 || live.Kind() != metrics.KindUint64 {
		return
	}
	// Never less than an eighth of the live heap: a program that holds much more than
	// the input pays for collections in proportion to the build, not to what it holds.
	if p.slack == 0 || heap.Uint64() > live.Uint64()+max(p.slack, live.Uint64()/8) {
		runtime.GC()
	}
}
