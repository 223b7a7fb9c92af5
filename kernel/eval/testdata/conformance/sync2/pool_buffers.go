package main

import (
	"bytes"
	"fmt"
	"sync"
)

var bufPool = sync.Pool{
	New: func() any { return new(bytes.Buffer) },
}

func render(i int) string {
	b := bufPool.Get().(*bytes.Buffer)
	defer bufPool.Put(b)
	b.Reset()
	fmt.Fprintf(b, "item-%02d", i)
	return b.String()
}

func main() {
	out := make([]string, 6)
	var wg sync.WaitGroup
	for i := range out {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = render(i)
		}()
	}
	wg.Wait()
	fmt.Println(out)
	var p sync.Pool
	fmt.Println("empty pool:", p.Get())
}
