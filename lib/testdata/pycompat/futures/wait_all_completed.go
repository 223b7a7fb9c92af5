package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/futures"
)

func boom() any {
	panic("x")
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for i := 0; i < 5; i++ {
		fs = append(fs, ex.Submit(func() any { return i * i }))
	}
	fs = append(fs, ex.Submit(boom))
	done, notDone := futures.Wait(fs, futures.AllCompleted)
	fmt.Println(len(done), len(notDone))
	var rs []int
	var errs []string
	for _, f := range done {
		if err := f.Exception(); err != nil {
			errs = append(errs, err.Error())
		} else {
			r, _ := f.Result()
			rs = append(rs, r.(int))
		}
	}
	sort.Ints(rs)
	fmt.Printf("[%d, %d, %d, %d, %d]\n", rs[0], rs[1], rs[2], rs[3], rs[4])
	fmt.Printf("['%s']\n", errs[0])
	ex.Shutdown(true, false)
}
