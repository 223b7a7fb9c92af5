package main

import (
	"fmt"
	"sort"
	"strings"
)

type T struct{ a, b int }

func (t T) Sum() int     { return t.a + t.b }
func (t *T) Scale(k int) { t.a *= k; t.b *= k }

func main() {
	type local struct {
		name string
		f    func(T) int
	}
	rows := [...]local{{"sum", T.Sum}, {"lam", func(t T) int { return t.a }}}
	for _, r := range rows {
		fmt.Println(r.name, r.f(T{1, 2}))
	}
	scalers := map[string]func(*T, int){"s": (*T).Scale}
	t := T{1, 1}
	scalers["s"](&t, 3)
	fmt.Println(t)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))
	x := 1
	{
		x := x + 1
		x++
		fmt.Println(x)
	}
	fmt.Println(x)
	ts := []T{{3, 1}, {1, 1}, {2, 0}}
	sort.Slice(ts, func(i, j int) bool { return ts[i].Sum() < ts[j].Sum() })
	fmt.Println(ts)
	fns := []func(T) int{T.Sum}
	fmt.Println(fns[0](T{5, 5}))
	sums := make(map[T]int)
	for _, tt := range ts {
		sums[tt] = tt.Sum()
	}
	fmt.Println(len(sums))
	type pair struct {
		k string
		v *T
	}
	ps := []pair{{"a", &ts[0]}, {"b", &ts[1]}}
	ps[0].v.Scale(10)
	fmt.Println(ts[0], strings.Repeat("=", 3))
	method := t.Sum
	t.a = 100
	fmt.Println(method(), t.Sum())
	pm := (&t).Scale
	pm(2)
	fmt.Println(t)
	arr := [2]T{{1, 2}, {3, 4}}
	arrCopy := arr
	arrCopy[0].Scale(5)
	fmt.Println(arr, arrCopy)
	var iface interface{ Sum() int } = arr[1]
	arr[1].a = 99
	fmt.Println(iface.Sum())
}
