package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func fill(a *multiprocessing.Array, k int) {
	a.Set(2*k, k)
	a.Set(2*k+1, k*10)
}

func pyList(xs []any) string {
	var s []string
	for _, x := range xs {
		s = append(s, fmt.Sprint(x))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	multiprocessing.Main(fill)
	a := multiprocessing.NewArray("i", 6)
	fmt.Println("zeros:", pyList(a.Slice()))
	var ps []*multiprocessing.Process
	for k := range 3 {
		ps = append(ps, &multiprocessing.Process{Target: fill, Args: []any{a, k}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	sum, mx := 0, 0
	for _, x := range a.Slice() {
		sum += x.(int)
		mx = max(mx, x.(int))
	}
	fmt.Println(pyList(a.Slice()), sum, mx, a.Len())
}
