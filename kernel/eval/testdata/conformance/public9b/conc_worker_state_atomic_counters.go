package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	processed atomic.Int64
	failed    atomic.Int64
	bytes     atomic.Uint64
	maxSize   atomic.Int64
	last      atomic.Value
}

func (s *Stats) observe(size int64, ok bool, name string) {
	if ok {
		s.processed.Add(1)
	} else {
		s.failed.Add(1)
	}
	s.bytes.Add(uint64(size))
	for {
		cur := s.maxSize.Load()
		if size <= cur || s.maxSize.CompareAndSwap(cur, size) {
			break
		}
	}
	s.last.Store(name)
}

func (s *Stats) String() string {
	return fmt.Sprintf("processed=%d failed=%d bytes=%d max=%d", s.processed.Load(), s.failed.Load(), s.bytes.Load(), s.maxSize.Load())
}

func main() {
	var st Stats
	var wg sync.WaitGroup
	files := map[string]int64{}
	for i := range 50 {
		files[fmt.Sprintf("f%02d", i)] = int64(i * 37 % 101)
	}
	names := make(chan string)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range names {
				sz := files[n]
				st.observe(sz, sz%7 != 0, n)
			}
		}()
	}
	for i := range 50 {
		names <- fmt.Sprintf("f%02d", i)
	}
	close(names)
	wg.Wait()
	fmt.Println(&st)
	last, _ := st.last.Load().(string)
	fmt.Println(len(last) == 3)
	var flags atomic.Uint32
	flags.Or(1 << 3)
	flags.Or(1)
	old := flags.And(^uint32(1))
	fmt.Println(old, flags.Load())
	var p atomic.Pointer[Stats]
	fmt.Println(p.Load() == nil, p.CompareAndSwap(nil, &st), p.Load().processed.Load())
	var i32 atomic.Int32
	fmt.Println(i32.Add(-5), i32.Swap(9), i32.Load())
}
