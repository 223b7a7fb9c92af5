package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	outer := func(n int) any {
		s := 0
		for i := range 3 {
			r, _ := ex.Submit(func() any { return i * n }).Result()
			s += r.(int)
		}
		return s
	}
	a := ex.Submit(func() any { return outer(1) })
	b := ex.Submit(func() any { return outer(2) })
	ra, _ := a.Result()
	rb, _ := b.Result()
	fmt.Printf("[%v, %v]\n", ra, rb)
	ex.Shutdown(true, false)
}
