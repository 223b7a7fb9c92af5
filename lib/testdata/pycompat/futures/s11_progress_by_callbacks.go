package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var progress []int
	var lock threading.Lock
	report := func(*futures.Future) {
		lock.Acquire()
		progress = append(progress, len(progress)+1)
		lock.Release()
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	var fs []*futures.Future
	for n := 0; n < 8; n++ {
		fs = append(fs, ex.Submit(func() any { return 1 << n }))
	}
	for _, f := range fs {
		f.AddDoneCallback(report)
	}
	ex.Shutdown(true, false)
	var rs []int
	for _, f := range fs {
		r, _ := f.Result()
		rs = append(rs, r.(int))
	}
	sort.Ints(rs)
	fmt.Println(pyList(progress), pyList(rs))
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
