package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func task(i int) any {
	if i%3 == 0 {
		panic(fmt.Sprintf("bad %d", i))
	}
	return i
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	var fs []*futures.Future
	for i := 0; i < 7; i++ {
		fs = append(fs, ex.Submit(func() any { return task(i) }))
	}
	var ok []int
	var errs []string
	for f := range futures.AsCompleted(fs) {
		if err := f.Exception(); err != nil {
			errs = append(errs, err.Error())
		} else {
			r, _ := f.Result()
			ok = append(ok, r.(int))
		}
	}
	ex.Shutdown(true, false)
	sort.Ints(ok)
	sort.Strings(errs)
	var ss []string
	for _, x := range ok {
		ss = append(ss, fmt.Sprint(x))
	}
	fmt.Println("["+strings.Join(ss, ", ")+"]", "['"+strings.Join(errs, "', '")+"']")
}
