package main

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
)

var bufPool = sync.Pool{
	New: func() any { return new(bytes.Buffer) },
}

func render(name string, n int) string {
	b := bufPool.Get().(*bytes.Buffer)
	defer bufPool.Put(b)
	b.Reset()
	b.WriteString(name)
	b.WriteByte(':')
	for i := range n {
		fmt.Fprintf(b, " %d", i*i)
	}
	return b.String()
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var out []string
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := render(fmt.Sprintf("w%d", i), i)
			mu.Lock()
			out = append(out, s)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(out)
	for _, s := range out {
		fmt.Println(s)
	}
	var p sync.Pool
	fmt.Println(p.Get() == nil)
	p.New = func() any { return 7 }
	fmt.Println(p.Get())
}
