package futures

import "testing"

// BenchmarkPoolSubmitResult is one task submitted and its result awaited,
// in a loop: the pool's round trip.
func BenchmarkPoolSubmitResult(b *testing.B) {
	ex := &ThreadPoolExecutor{MaxWorkers: 4}
	defer ex.Shutdown(true, false)
	fn := func() any { return 1 }
	for i := 0; i < b.N; i++ {
		if _, err := ex.Submit(fn).Result(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPoolMap is Map over 100 items on 4 workers; ns/op per item.
func BenchmarkPoolMap(b *testing.B) {
	ex := &ThreadPoolExecutor{MaxWorkers: 4}
	defer ex.Shutdown(true, false)
	items := make([]any, 100)
	for i := range items {
		items[i] = i
	}
	fn := func(x any) any { return x.(int) * 2 }
	b.ResetTimer()
	for i := 0; i < b.N; i += 100 {
		if _, err := ex.Map(fn, items); err != nil {
			b.Fatal(err)
		}
	}
}
