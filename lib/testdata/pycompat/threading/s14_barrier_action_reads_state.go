package main

import (
	"fmt"
	"runtime"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	seen []string
	b    *threading.Barrier
)

func py(v bool) string {
	if v {
		return "True"
	}
	return "False"
}

func action() {
	seen = append(seen, fmt.Sprintf("(%d, %s, %d, '%s')", b.NWaiting(), py(b.Broken()), b.Parties, threading.CurrentThread().GetName()))
}

func main() {
	b = threading.NewBarrier(3, action)
	var threads []*threading.Thread
	for i := 0; i < 2; i++ {
		threads = append(threads, &threading.Thread{Target: func() { b.Wait() }, Name: fmt.Sprintf("w%d", i)})
	}
	for _, t := range threads {
		t.Start()
	}
	for b.NWaiting() < 2 {
		runtime.Gosched()
	}
	fmt.Println("waiting before the last:", b.NWaiting())
	i, _ := b.Wait()
	fmt.Println("main gets index", i)
	for _, t := range threads {
		t.Join()
	}
	fmt.Printf("[%s]\n", seen[0])
	fmt.Println("after the round:", b.NWaiting(), py(b.Broken()))
}
