package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

func Merge[T cmp.Ordered](a, b iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		va, oka := na()
		vb, okb := nb()
		for oka || okb {
			var v T
			if !okb || oka && va <= vb {
				v = va
				va, oka = na()
			} else {
				v = vb
				vb, okb = nb()
			}
			if !yield(v) {
				return
			}
		}
	}
}

func counter(name string, n int, log *[]string) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() { *log = append(*log, name+" done") }()
		for i := 0; i < n; i++ {
			if !yield(i * 10) {
				*log = append(*log, fmt.Sprintf("%s stopped at %d", name, i))
				return
			}
		}
	}
}

func main() {
	a := slices.Values([]int{1, 4, 7, 10})
	b := slices.Values([]int{2, 3, 8, 11, 12})
	fmt.Println(slices.Collect(Merge(a, b)))
	fmt.Println(slices.Collect(Merge(slices.Values([]string{"b", "d"}), slices.Values([]string{}))))
	odds := func(yield func(int) bool) {
		for i := 1; i < 8; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
	fmt.Println(slices.Collect(Merge(odds, Merge(slices.Values([]int{0, 4}), slices.Values([]int{2, 6, 8})))))
	var log []string
	next, stop := iter.Pull(counter("c1", 5, &log))
	v1, ok1 := next()
	v2, ok2 := next()
	fmt.Println(v1, ok1, v2, ok2)
	stop()
	v3, ok3 := next()
	fmt.Println(v3, ok3, log)
	log = nil
	for v := range Merge(counter("x", 3, &log), counter("y", 2, &log)) {
		if v == 10 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(log)
	n2, s2 := iter.Pull2(slices.All([]string{"p", "q"}))
	defer s2()
	for {
		i, s, ok := n2()
		if !ok {
			break
		}
		fmt.Println(i, s)
	}
}
