package multiprocessing_test

import (
	"testing"
	"time"

	mp "github.com/gonotes/gonotes/lib/multiprocessing"
)

func init() { mp.Register(noop) }

func noop() {}

// BenchmarkProcessStartJoin measures starting a child (this test binary,
// which calls Main) and waiting for it to end.
func BenchmarkProcessStartJoin(b *testing.B) {
	for i := 0; i < b.N; i++ {
		p := &mp.Process{Target: noop}
		if err := p.Start(); err != nil {
			b.Fatal(err)
		}
		p.Join()
	}
}

// BenchmarkQueueChildToParent measures items put by a child and got by the
// parent (one op = one item).
func BenchmarkQueueChildToParent(b *testing.B) {
	q := mp.NewQueue()
	p := &mp.Process{Target: putMany, Args: []any{q, b.N}}
	b.ResetTimer()
	if err := p.Start(); err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		q.Get()
	}
	b.StopTimer()
	p.Join()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "items/s")
}

// BenchmarkPipeRoundTrip measures a Send to a child that echoes it and
// the Recv of the echo.
func BenchmarkPipeRoundTrip(b *testing.B) {
	parent, child := mp.Pipe()
	p := &mp.Process{Target: pipeEcho, Args: []any{child}}
	if err := p.Start(); err != nil {
		b.Fatal(err)
	}
	child.Close()
	parent.Send(0) // warm up: the child is running
	parent.Recv()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		parent.Send(i)
		if _, err := parent.Recv(); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	parent.Close()
	p.Join()
}

// BenchmarkPoolMapSpeedup runs a CPU-bound job split in 8 parts serially
// and with Pool(2).Map, and reports the speedup (serial time / pool time).
func BenchmarkPoolMapSpeedup(b *testing.B) {
	const n = 400_000_000
	parts := make([]int, 8)
	for i := range parts {
		parts[i] = n / len(parts)
	}
	pool := mp.NewPool(2)
	defer pool.Terminate()
	if _, err := pool.Map(cpuWork, []int{1, 1}); err != nil { // start the workers
		b.Fatal(err)
	}
	var serial, parallel time.Duration
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		for _, k := range parts {
			cpuWork(k)
		}
		t1 := time.Now()
		if _, err := pool.Map(cpuWork, parts); err != nil {
			b.Fatal(err)
		}
		serial += t1.Sub(t0)
		parallel += time.Since(t1)
	}
	b.ReportMetric(float64(serial)/float64(parallel), "speedup")
	b.ReportMetric(float64(parallel.Milliseconds())/float64(b.N), "pool-ms/op")
}
