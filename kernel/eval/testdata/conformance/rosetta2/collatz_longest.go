package main

import "fmt"

func hailstone(n int) []int {
	seq := []int{n}
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		seq = append(seq, n)
	}
	return seq
}

func main() {
	h := hailstone(27)
	fmt.Println(len(h), h[:4], h[len(h)-4:])
	cache := map[int]int{1: 1}
	var length func(n int) int
	length = func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		var r int
		if n%2 == 0 {
			r = 1 + length(n/2)
		} else {
			r = 1 + length(3*n+1)
		}
		cache[n] = r
		return r
	}
	best, bestN := 0, 0
	for i := 1; i < 20000; i++ {
		if l := length(i); l > best {
			best, bestN = l, i
		}
	}
	fmt.Println(bestN, best)
}
