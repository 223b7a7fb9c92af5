package main

import (
	"fmt"
	"strconv"
)

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func main() {
	out := Map([]int{1, 2}, func(i int) string { return strconv.Itoa(i * 10) })
	fmt.Printf("%q\n", out)
	lens := Map([]string{"a", "bcd"}, func(s string) int { return len(s) })
	fmt.Println(lens)
}
