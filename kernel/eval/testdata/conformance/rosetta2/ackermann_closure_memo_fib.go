package main

import (
	"fmt"
	"math/big"
)

func memoize(f func(int) *big.Int) func(int) *big.Int {
	cache := map[int]*big.Int{}
	return func(n int) *big.Int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	var fib func(int) *big.Int
	fib = memoize(func(n int) *big.Int {
		if n < 2 {
			return big.NewInt(int64(n))
		}
		return new(big.Int).Add(fib(n-1), fib(n-2))
	})
	fmt.Println(fib(90), fib(150))
	fibs := func(yield func(int, uint64) bool) {
		var a, b uint64 = 0, 1
		for i := 0; ; i++ {
			if !yield(i, a) {
				return
			}
			a, b = b, a+b
		}
	}
	for i, f := range fibs {
		if i > 93 {
			break
		}
		if i%20 == 0 || i == 93 {
			fmt.Println(i, f)
		}
	}
}
