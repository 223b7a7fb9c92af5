package main

import "fmt"

func main() {
	var f func(n int) []int
	f = func(n int) []int {
		var s []int
		for i := 0; i < n; i++ {
			s = append(s, i)
		}
		return s
	}
	g := f
	f = nil
	for n := 0; n < 6; n++ {
		s := g(n)
		fmt.Println(n, len(s), cap(s), s)
	}
	mk := func(k int) func() []string {
		return func() []string {
			var out []string
			for i := 0; i < k; i++ {
				out = append(out, fmt.Sprint(i))
			}
			return out
		}
	}
	for k := 0; k < 5; k++ {
		o := mk(k)()
		fmt.Println(k, len(o), cap(o), o)
	}
}
