package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func fact(n int) int {
	r := 1
	for i := 2; i <= n; i++ {
		r *= i
	}
	return r
}

func main() {
	multiprocessing.Main(fact)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	fs := map[*futures.Future]int{}
	var list []*futures.Future
	for n := 1; n < 8; n++ {
		f := ex.Submit(fact, n)
		fs[f] = n
		list = append(list, f)
	}
	type pair struct{ n, r int }
	var out []pair
	for f := range futures.AsCompleted(list) {
		r, _ := f.Result()
		out = append(out, pair{fs[f], r.(int)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].n < out[j].n })
	done, notDone := futures.Wait(list, futures.AllCompleted)
	ex.Shutdown(true, false)
	var s []string
	for _, p := range out {
		s = append(s, fmt.Sprintf("(%d, %d)", p.n, p.r))
	}
	fmt.Printf("[%s]\n", strings.Join(s, ", "))
	fmt.Println(len(done), len(notDone))
}
