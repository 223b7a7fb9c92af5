package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func results[T any](fs []*futures.Future) []T {
	var out []T
	for _, f := range fs {
		r, _ := f.Result()
		out = append(out, r.(T))
	}
	return out
}

func submitAll[A, R any](ex *futures.ThreadPoolExecutor, fn func(A) R, items []A) []*futures.Future {
	var fs []*futures.Future
	for _, x := range items {
		fs = append(fs, ex.Submit(func() any { return fn(x) }))
	}
	return fs
}

func list[T any](xs []T, q string) string {
	var s []string
	for _, x := range xs {
		s = append(s, fmt.Sprintf("%s%v%s", q, x, q))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	words := submitAll(ex, strings.ToUpper, []string{"a", "bb", "ccc"})
	lens := submitAll(ex, func(s string) int { return len(s) }, []string{"a", "bb", "ccc"})
	fmt.Println(list(results[string](words), "'"), list(results[int](lens), ""))
	var got []int
	for f := range futures.AsCompleted(lens) {
		r, _ := f.Result()
		got = append(got, r.(int))
	}
	sort.Ints(got)
	fmt.Println(list(got, ""))
	total := ex.Submit(func() any {
		s := 0
		for _, n := range results[int](lens) {
			s += n
		}
		return s
	})
	r, _ := total.Result()
	fmt.Println(r)
	ex.Shutdown(true, false)
}
