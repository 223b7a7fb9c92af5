package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func scale(a *multiprocessing.Array, k int) {
	for i := range a.Len() {
		a.Set(i, a.Get(i).(float64)*float64(k))
	}
}

func pyFloat(f any) string {
	s := fmt.Sprint(f)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s
}

func list(xs []any) string {
	var s []string
	for _, x := range xs {
		s = append(s, pyFloat(x))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	multiprocessing.Main(scale)
	a := multiprocessing.NewArray("d", []float64{0.5, 1.0, 1.5, 2.0})
	p := &multiprocessing.Process{Target: scale, Args: []any{a, 4}}
	p.Start()
	p.Join()
	fmt.Println(list(a.Slice()), pyFloat(a.Get(1)), pyFloat(a.Get(a.Len()-1)), a.Len())
	a.Set(0, 9.25)
	sum := 0.0
	for _, x := range a.Slice() {
		sum += x.(float64)
	}
	fmt.Println(list(a.Slice()), pyFloat(sum))
}
