package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	var fs []*futures.Future
	for i := range 5 {
		fs = append(fs, ex.Submit(func() any { return i * i }))
	}
	done, notDone := futures.Wait(fs, futures.AllCompleted)
	fmt.Println(len(done), len(notDone))
	var rs []int
	for _, f := range done {
		r, _ := f.Result()
		rs = append(rs, r.(int))
	}
	sort.Ints(rs)
	ss := make([]string, len(rs))
	for i, r := range rs {
		ss[i] = fmt.Sprint(r)
	}
	fmt.Println("[" + strings.Join(ss, ", ") + "]")
	d, n := futures.Wait(fs, futures.AllCompleted)
	fmt.Println("DoneAndNotDoneFutures", len(d), len(n))
	ex.Shutdown(true, false)
}
