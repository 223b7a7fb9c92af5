package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	var fs []*futures.Future
	for i := 0; i < 6; i++ {
		fs = append(fs, ex.Submit(func() any { return i }))
	}
	done, notDone := futures.Wait(fs, futures.FirstException)
	var rs []int
	for _, f := range done {
		r, _ := f.Result()
		rs = append(rs, r.(int))
	}
	sort.Ints(rs)
	fmt.Print(len(done), " ", len(notDone), " [")
	for i, r := range rs {
		if i > 0 {
			fmt.Print(", ")
		}
		fmt.Print(r)
	}
	fmt.Println("]")
	ex.Shutdown(true, false)
}
