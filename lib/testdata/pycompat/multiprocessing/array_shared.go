package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func squareAll(a *multiprocessing.Array) {
	a.GetLock().Acquire()
	for i := range a.Len() {
		x := a.Get(i).(int)
		a.Set(i, x*x)
	}
	a.GetLock().Release()
}

func main() {
	multiprocessing.Main(squareAll)
	a := multiprocessing.NewArray("i", []int{1, 2, 3, 4})
	p := &multiprocessing.Process{Target: squareAll, Args: []any{a}}
	p.Start()
	p.Join()
	fmt.Printf("[%v, %v, %v, %v]\n", a.Slice()...)
	fmt.Println(a.Len(), a.Get(2))
	z := multiprocessing.NewArray("d", 3)
	zs := z.Slice()
	fmt.Printf("[%s, %s, %s]\n", pyFloat(zs[0]), pyFloat(zs[1]), pyFloat(zs[2]))
}

// pyFloat formats a float as Python's repr does (0.0, not Go's 0).
func pyFloat(x any) string {
	s := strconv.FormatFloat(x.(float64), 'g', -1, 64)
	if !strings.ContainsAny(s, ".eIN") {
		s += ".0"
	}
	return s
}
