package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	attempts := map[int]int{}
	var lock threading.Lock
	flaky := func(n int) any {
		lock.Acquire()
		attempts[n]++
		a := attempts[n]
		lock.Release()
		if n%3 == 0 && a < 2 {
			panic(fmt.Sprintf("ConnectionError: task %d failed on attempt %d", n, a))
		}
		return n * 10
	}
	results := map[int]any{}
	todo := []int{0, 1, 2, 3, 4, 5, 6}
	rounds := 0
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	for len(todo) > 0 {
		rounds++
		fs := map[*futures.Future]int{}
		var list []*futures.Future
		for _, n := range todo {
			f := ex.Submit(func() any { return flaky(n) })
			fs[f] = n
			list = append(list, f)
		}
		todo = nil
		for f := range futures.AsCompleted(list) {
			n := fs[f]
			if f.Exception() != nil {
				todo = append(todo, n)
			} else {
				results[n], _ = f.Result()
			}
		}
	}
	ex.Shutdown(true, false)
	var rs, as []string
	for n := range 7 {
		rs = append(rs, fmt.Sprintf("(%d, %v)", n, results[n]))
		as = append(as, fmt.Sprintf("(%d, %d)", n, attempts[n]))
	}
	sort.Strings(rs)
	fmt.Println(rounds, "["+strings.Join(rs, ", ")+"]", "["+strings.Join(as, ", ")+"]")
}
