package main

import "fmt"

type S struct{ xs []int }

func (s S) Count() int {
	len := len(s.xs)
	return len
}

func bigger[T int | float64](a, b T) T {
	max := max(a, b)
	return max
}

func main() {
	fmt.Println(S{[]int{1, 2}}.Count(), bigger(2, 5), bigger(2.5, 1.0))
}
