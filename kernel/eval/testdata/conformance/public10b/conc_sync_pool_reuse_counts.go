package main

import (
	"bytes"
	"fmt"
	"sync"
	"sync/atomic"
)

var created atomic.Int32

var bufPool = sync.Pool{
	New: func() any {
		created.Add(1)
		return new(bytes.Buffer)
	},
}

func render(name string, n int) string {
	b := bufPool.Get().(*bytes.Buffer)
	defer bufPool.Put(b)
	b.Reset()
	for i := 0; i < n; i++ {
		fmt.Fprintf(b, "%s%d;", name, i)
	}
	return b.String()
}

func main() {
	var wg sync.WaitGroup
	out := make([]string, 8)
	for i := range out {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = render(string(rune('a'+i)), 3)
		}()
	}
	wg.Wait()
	fmt.Println(out)
	fmt.Println("created at least one:", created.Load() >= 1, "at most eight:", created.Load() <= 8)
	var p sync.Pool
	fmt.Println(p.Get())
	p.Put("x")
	v := p.Get()
	fmt.Println(v == nil || v == "x")
}
