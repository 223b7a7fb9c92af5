package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func square(n int) int { return n * n }

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 8}
	fs := map[*futures.Future]int{}
	var list []*futures.Future
	for n := range 100 {
		f := ex.Submit(func() any { return square(n) })
		fs[f] = n
		list = append(list, f)
	}
	total, count := 0, 0
	for f := range futures.AsCompleted(list) {
		r, _ := f.Result()
		total += r.(int)
		count++
	}
	ex.Shutdown(true, false)
	want := 0
	for n := range 100 {
		want += n * n
	}
	fmt.Println(count, total, want)
}
