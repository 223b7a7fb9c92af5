package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	done, notDone := futures.Wait(nil, futures.AllCompleted)
	fmt.Println(len(done), len(notDone))
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for i := range 3 {
		fs = append(fs, ex.Submit(func() any { return i }))
	}
	for _, f := range fs {
		f.Result()
	}
	done, notDone = futures.Wait(fs, futures.FirstCompleted)
	fmt.Println(len(done), len(notDone))
	var rs []int
	for f := range futures.AsCompleted(fs) {
		r, _ := f.Result()
		rs = append(rs, r.(int))
	}
	sort.Ints(rs)
	fmt.Printf("[%d, %d, %d]\n", rs[0], rs[1], rs[2])
	ex.Shutdown(true, false)
	n := 0
	for range futures.AsCompleted(nil) {
		n++
	}
	if n == 0 {
		fmt.Println("[]")
	}
}
