package main

import (
	"bytes"
	"fmt"
	"sync"
)

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func render(s string) string {
	b := bufPool.Get().(*bytes.Buffer)
	defer bufPool.Put(b)
	b.Reset()
	b.WriteString("<")
	b.WriteString(s)
	b.WriteString(">")
	return b.String()
}

type SafeSlice struct {
	sync.Mutex
	items []int
}

func main() {
	fmt.Println(render("a"), render("b"))
	var s SafeSlice
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Go(func() {
			s.Lock()
			s.items = append(s.items, i)
			s.Unlock()
		})
	}
	wg.Wait()
	fmt.Println(len(s.items))
	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
}
