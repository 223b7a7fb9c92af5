package main

import "fmt"

func Sum[T int | int64 | float64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Pair[A, B any](a A, b B) string { return fmt.Sprintf("%T/%T", a, b) }

func Max[T int | float64 | rune](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1, 2.5), Sum[int64](4, 5))
	fmt.Printf("%v %T\n", Sum(1.0, 2), Sum(1.0, 2))
	fmt.Println(Pair(1, "a"), Pair(2.5, 'x'), Pair(true, []int{}))
	fmt.Println(Max(3, 7.5), Max('a', 'b'), Max(2, 'c'))
	var x int64 = 10
	fmt.Printf("%v %T\n", Sum(x, 5), Sum(x, 5))
}
