package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	n := 0
	for range futures.AsCompleted(nil) {
		n++
	}
	if n == 0 {
		fmt.Println("[]")
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for i := range 3 {
		fs = append(fs, ex.Submit(func() any { return i + 1 }))
	}
	for _, f := range fs {
		f.Result()
	}
	ch, errf := futures.AsCompletedTimeout(fs, 0)
	var rs []int
	for f := range ch {
		r, _ := f.Result()
		rs = append(rs, r.(int))
	}
	if err := errf(); err != nil {
		fmt.Println(err)
	}
	sort.Ints(rs)
	fmt.Printf("[%d, %d, %d]\n", rs[0], rs[1], rs[2])
	ex.Shutdown(true, false)
}
