package main

import (
	"bytes"
	"fmt"
	"sync"
)

type Buf struct {
	bytes.Buffer
	uses int
}

var created int

var pool = sync.Pool{New: func() any {
	created++
	return new(Buf)
}}

func render(name string, n int) string {
	b := pool.Get().(*Buf)
	defer func() {
		b.Reset()
		pool.Put(b)
	}()
	b.uses++
	for i := range n {
		fmt.Fprintf(b, "%s%d;", name, i)
	}
	return b.String()
}

func main() {
	for _, n := range []string{"a", "b", "c"} {
		fmt.Println(render(n, 3))
	}
	fmt.Println(created >= 1)
	var wg sync.WaitGroup
	out := make([]string, 8)
	for i := range out {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = render(fmt.Sprint("w", i, "-"), 2)
		}()
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
	var p2 sync.Pool
	fmt.Println(p2.Get())
	p2.Put("x")
	v := p2.Get()
	fmt.Println(v == nil || v == "x")
}
