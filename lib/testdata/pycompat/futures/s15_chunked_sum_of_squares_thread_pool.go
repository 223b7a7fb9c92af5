package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func part(lo, hi int) int {
	s := 0
	for i := lo; i < hi; i++ {
		s += i * i
	}
	return s
}

func main() {
	n, step := 100000, 12500
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	var futs []*futures.Future
	for lo := 0; lo < n; lo += step {
		futs = append(futs, ex.Submit(func() any { return part(lo, min(lo+step, n)) }))
	}
	var parts []int
	total := 0
	for _, f := range futs {
		r, _ := f.Result()
		parts = append(parts, r.(int))
		total += r.(int)
	}
	ex.Shutdown(true, false)
	fmt.Println(len(parts), total, map[bool]string{true: "True", false: "False"}[total == part(0, n)])
	fmt.Printf("[%d, %d]\n", parts[0], parts[1])
}
