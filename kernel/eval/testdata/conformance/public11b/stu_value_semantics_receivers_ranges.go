package main

import (
	"fmt"
	"sort"
)

type T struct {
	n   int
	arr [3]int
	s   []int
}

func (t T) Get() int       { return t.n }
func (t *T) PGet() int     { return t.n }
func (t T) Print(p string) { fmt.Println(p, t.n, t.arr, t.s) }

type Shower interface{ Get() int }

func main() {
	t := T{n: 1, arr: [3]int{1, 2, 3}, s: []int{1}}
	f := t.Get
	pf := t.PGet
	t.n = 2
	fmt.Println(f(), pf())
	p := &t
	g := p.Get
	t.n = 3
	fmt.Println(g(), p.PGet())
	defer t.Print("deferred")
	t.n = 4
	t.arr[0] = 100
	t.s[0] = 100
	var i any = t
	var sh Shower = t
	t.n = 5
	t.arr[1] = 200
	fmt.Println(i.(T).n, i.(T).arr, sh.Get(), i.(T).s)
	arr := [2]T{{n: 1}, {n: 2}}
	for _, e := range arr {
		e.n *= 10
	}
	for i := range arr {
		arr[i].n += 1
	}
	fmt.Println(arr[0].n, arr[1].n)
	ts := []T{{n: 3}, {n: 1}, {n: 2}}
	ptrs := []*T{}
	for i := range ts {
		ptrs = append(ptrs, &ts[i])
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].n < ts[j].n })
	fmt.Println(ts[0].n, ptrs[0].n)
	m := map[string]T{"a": {n: 1}}
	v := m["a"]
	v.n = 9
	fmt.Println(m["a"].n, v.n)
	a1 := [3]int{1, 2, 3}
	a2 := a1
	a2[0] = 9
	pa := &a1
	pa[1] = 8
	fmt.Println(a1, a2, len(pa))
	for i, x := range a1 {
		a1[2] = 77
		if i == 2 {
			fmt.Println("range copy:", x)
		}
	}
	for i, x := range pa {
		pa[2] = 66
		if i == 2 {
			fmt.Println("range ptr:", x)
		}
	}
	s := []int{1, 2, 3}
	for i, x := range s {
		if i == 0 {
			s = append(s, 4)
			s[2] = 30
		}
		fmt.Print(x, " ")
	}
	fmt.Println(len(s))
	x := 1
	fn := func() int { return x }
	x = 2
	fmt.Println(fn())
	ch := make(chan int, 1)
	y := 10
	go func(v int) { ch <- v }(y)
	y = 20
	fmt.Println(<-ch)
	type pair struct{ a, b int }
	pp := pair{1, 2}
	pp.a, pp.b = pp.b, pp.a
	sw := []int{1, 2}
	sw[0], sw[1] = sw[1], sw[0]
	k := 0
	k, sw[k] = 1, 9
	fmt.Println(pp, sw, k)
}
