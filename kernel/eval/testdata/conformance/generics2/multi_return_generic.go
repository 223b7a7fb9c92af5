package main

import (
	"fmt"
	"strings"
)

func Partition[T any](xs []T, pred func(T) bool) (yes, no []T) {
	for _, x := range xs {
		if pred(x) {
			yes = append(yes, x)
		} else {
			no = append(no, x)
		}
	}
	return
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) (map[K][]T, []K) {
	groups := map[K][]T{}
	var order []K
	for _, x := range xs {
		k := key(x)
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], x)
	}
	return groups, order
}

func Zip[A, B any](as []A, bs []B) ([]struct {
	A A
	B B
}, int) {
	n := min(len(as), len(bs))
	out := make([]struct {
		A A
		B B
	}, n)
	for i := range n {
		out[i].A, out[i].B = as[i], bs[i]
	}
	return out, n
}

func main() {
	even, odd := Partition([]int{1, 2, 3, 4, 5}, func(n int) bool { return n%2 == 0 })
	fmt.Println(even, odd)
	g, order := GroupBy(strings.Fields("apple avocado banana blueberry cherry"), func(s string) byte { return s[0] })
	for _, k := range order {
		fmt.Print(string(k), g[k], " ")
	}
	fmt.Println()
	z, n := Zip([]string{"a", "b", "c"}, []float64{1.5, 2.5})
	fmt.Printf("%v %d %+v\n", z, n, z[1])
}
