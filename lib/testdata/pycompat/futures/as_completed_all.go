package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func task(n int) int {
	return n * n
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	fs := map[*futures.Future]int{}
	var list []*futures.Future
	for n := range 6 {
		f := ex.Submit(func() any { return task(n) })
		fs[f] = n
		list = append(list, f)
	}
	var got []string
	for f := range futures.AsCompleted(list) {
		r, _ := f.Result()
		got = append(got, fmt.Sprintf("(%d, %v)", fs[f], r))
	}
	sort.Strings(got)
	fmt.Println("[" + strings.Join(got, ", ") + "]")
	fmt.Println(len(got))
	ex.Shutdown(true, false)
}
