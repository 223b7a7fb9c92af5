package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func fill(a *multiprocessing.Array) {
	for i := range a.Len() {
		a.Set(i, i*i)
	}
}

func main() {
	multiprocessing.Main(fill)
	a := multiprocessing.NewArray("i", 5)
	list := func() string { return strings.ReplaceAll(fmt.Sprint(a.Slice()), " ", ", ") }
	fmt.Println(list())
	p := &multiprocessing.Process{Target: fill, Args: []any{a}}
	p.Start()
	p.Join()
	s := 0
	for _, x := range a.Slice() {
		s += x.(int)
	}
	fmt.Println(list(), s)
}
