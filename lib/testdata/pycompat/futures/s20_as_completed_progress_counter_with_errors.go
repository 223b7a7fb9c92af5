package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func work(n int) int {
	if n%4 == 0 {
		panic(fmt.Errorf("ValueError: bad %d", n))
	}
	return n * 2
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	fs := map[*futures.Future]int{}
	var list []*futures.Future
	for n := 1; n < 10; n++ {
		f := ex.Submit(func() any { return work(n) })
		fs[f] = n
		list = append(list, f)
	}
	done, ok, failed, total := 0, 0, 0, 0
	for f := range futures.AsCompleted(list) {
		done++
		if r, err := f.Result(); err != nil {
			failed++
		} else {
			total += r.(int)
			ok++
		}
	}
	var bad []int
	for f, n := range fs {
		if f.Exception() != nil {
			bad = append(bad, n)
		}
	}
	sort.Ints(bad)
	fmt.Println(done, ok, failed, total, strings.ReplaceAll(fmt.Sprint(bad), " ", ", "))
	ex.Shutdown(true, false)
}
