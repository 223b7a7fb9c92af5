package main

import (
	"fmt"
	"strings"
)

func allPos(xs ...int) bool {
	for _, x := range xs {
		if x <= 0 {
			return false
		}
	}
	return true
}

func split(xs ...int) (int, []int) {
	if len(xs) == 0 {
		return 0, nil
	}
	return xs[0], xs[1:]
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func recSum(xs ...int) int {
	if len(xs) == 0 {
		return 0
	}
	return xs[0] + recSum(xs[1:]...)
}

func evens(xs ...int) []int {
	var out []int
	for _, x := range xs {
		if x%2 == 0 {
			out = append(out, x)
		}
	}
	return out
}

type Acc struct{ vals []int }

func (a *Acc) Ok(xs ...int) bool { a.vals = append(a.vals, xs...); return len(a.vals) < 6 }

func main() {
	good := []int{1, 2, 3}
	bad := []int{1, -2}
	if allPos(good...) {
		fmt.Println("good all positive")
	}
	if !allPos(bad...) {
		fmt.Println("bad has non-positive")
	}
	if allPos(bad...) || allPos(good...) && sum(good...) > 5 {
		fmt.Println("compound")
	}
	switch {
	case allPos(bad...):
		fmt.Println("wrong")
	case allPos(good[1:]...):
		fmt.Println("case with spread")
	}
	ok := allPos(good...) == !allPos(bad...)
	fmt.Println(ok)
	head, tail := split(good...)
	fmt.Println(head, tail)
	head, tail = split(tail...)
	fmt.Println(head, tail)
	fmt.Println(recSum(good...), recSum())
	for _, e := range evens([]int{1, 2, 3, 4, 5, 6}...) {
		fmt.Print(e, " ")
	}
	fmt.Println()
	m := map[int]string{6: "six"}
	fmt.Println(m[sum(good...)])
	ch := make(chan int, 1)
	select {
	case ch <- sum(good...):
	}
	fmt.Println(<-ch)
	var a Acc
	n := 0
	for a.Ok(good...) {
		n++
	}
	fmt.Println(n, a.vals)
	parts := []string{"a", "b"}
	var sb strings.Builder
	for i := 0; i < len(strings.Join(parts, "")); i++ {
		sb.WriteString(strings.Join(append(parts, "!"), "-"))
	}
	fmt.Println(sb.String())
	fmt.Println(func(xs ...int) bool { return len(xs) > 2 }(good...))
	cond := allPos
	if cond(good...) && !cond(bad...) {
		fmt.Println("via func value")
	}
}
