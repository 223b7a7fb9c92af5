package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func collect(ch <-chan *futures.Future) string {
	var rs []int
	for f := range ch {
		r, _ := f.Result()
		rs = append(rs, r.(int))
	}
	sort.Ints(rs)
	ss := make([]string, len(rs))
	for i, r := range rs {
		ss[i] = fmt.Sprint(r)
	}
	return "[" + strings.Join(ss, ", ") + "]"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	var fs []*futures.Future
	for i := range 10 {
		fs = append(fs, ex.Submit(func() any { return 1 << i }))
	}
	fmt.Println(collect(futures.AsCompleted(fs)))
	fmt.Println(collect(futures.AsCompleted(append(fs, fs...))))
	ex.Shutdown(true, false)
}
