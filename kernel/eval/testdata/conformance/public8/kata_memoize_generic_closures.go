package main

import (
	"fmt"
	"math/big"
)

func Memoize[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	calls := 0
	return func(k K) V {
			if v, ok := cache[k]; ok {
				return v
			}
			calls++
			v := f(k)
			cache[k] = v
			return v
		}, func() int {
			return calls
		}
}

type grid struct{ r, c int }

func main() {
	var paths func(grid) *big.Int
	var count func() int
	paths, count = Memoize(func(g grid) *big.Int {
		if g.r == 0 || g.c == 0 {
			return big.NewInt(1)
		}
		return new(big.Int).Add(paths(grid{g.r - 1, g.c}), paths(grid{g.r, g.c - 1}))
	})
	fmt.Println(paths(grid{20, 20}), count())
	fmt.Println(paths(grid{30, 30}), count())
	var fib func(int) int
	fib, fcount := Memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(90), fcount())
	counter := func() func() int {
		n := 0
		return func() int { n++; return n }
	}
	c1, c2 := counter(), counter()
	c1()
	c1()
	fmt.Println(c1(), c2())
	fact := new(big.Int).MulRange(1, 30)
	fmt.Println(fact, fact.BitLen(), new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil))
}
