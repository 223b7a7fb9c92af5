package main

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func square(x int) []any { return []any{x * x, os.Getpid()} }

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(square)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	var futs []*futures.Future
	for i := 0; i < 6; i++ {
		futs = append(futs, ex.Submit(square, i))
	}
	var vals []int
	for f := range futures.AsCompleted(futs) {
		r, _ := f.Result()
		vals = append(vals, r.([]any)[0].(int))
	}
	sort.Ints(vals)
	pids := map[int]bool{}
	for _, f := range futs {
		r, _ := f.Result()
		pids[r.([]any)[1].(int)] = true
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(vals), " ", ", "), py(!pids[os.Getpid()]), py(len(pids) >= 1 && len(pids) <= 2))
	rs, _ := ex.Map(square, []int{7, 8, 9})
	var vs []string
	for _, r := range rs {
		vs = append(vs, fmt.Sprint(r.([]any)[0]))
	}
	fmt.Println("[" + strings.Join(vs, ", ") + "]")
	ex.Shutdown(true, false)
}
