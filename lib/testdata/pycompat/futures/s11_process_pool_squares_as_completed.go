package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func cube(n int) int {
	return n * n * n
}

func main() {
	multiprocessing.Main(cube)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	fs := map[*futures.Future]int{}
	var list []*futures.Future
	for n := 1; n < 6; n++ {
		f := ex.Submit(cube, n)
		fs[f] = n
		list = append(list, f)
	}
	var out []string
	for f := range futures.AsCompleted(list) {
		r, _ := f.Result()
		out = append(out, fmt.Sprintf("(%d, %v)", fs[f], r))
	}
	sort.Strings(out)
	fmt.Println(pyStrs(out))
	r, _ := ex.Map(cube, []int{7, 8})
	fmt.Println(pyList(r))
	ex.Shutdown(true, false)
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
