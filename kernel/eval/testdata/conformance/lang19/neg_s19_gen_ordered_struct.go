package main

import (
	"cmp"
	"fmt"
)

type P struct{ X int }

func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Max(P{1}, P{2}))
}
