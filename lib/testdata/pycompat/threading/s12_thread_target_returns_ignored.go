package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	results := map[string]int{}
	var lock threading.Lock
	compute := func(key string, n int) string {
		s := 0
		for i := range n {
			s += i
		}
		lock.Acquire()
		results[key] = s
		lock.Release()
		return "ignored"
	}
	a := &threading.Thread{Target: func() { compute("a", 10) }}
	b := &threading.Thread{Target: func() { compute("b", 100) }}
	for _, t := range []*threading.Thread{a, b} {
		t.Start()
	}
	for _, t := range []*threading.Thread{a, b} {
		t.Join()
	}
	alive := func(t *threading.Thread) string {
		if t.IsAlive() {
			return "True"
		}
		return "False"
	}
	fmt.Printf("{'a': %d, 'b': %d} [%s, %s]\n", results["a"], results["b"], alive(a), alive(b))
}
