package main

import (
	"fmt"
	"math/big"
)

func main() {
	// p14 with a cache keyed by int
	cache := map[int]int{1: 1}
	var length func(n int) int
	length = func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		var next int
		if n%2 == 0 {
			next = n / 2
		} else {
			next = 3*n + 1
		}
		l := 1 + length(next)
		cache[n] = l
		return l
	}
	best, arg := 0, 0
	for i := 1; i < 100000; i++ {
		if l := length(i); l > best {
			best, arg = l, i
		}
	}
	fmt.Println("p14(1e5)", arg, best)

	// p15 lattice paths by Pascal's triangle
	var grid [21][21]uint64
	for i := 0; i <= 20; i++ {
		grid[i][0], grid[0][i] = 1, 1
	}
	for i := 1; i <= 20; i++ {
		for j := 1; j <= 20; j++ {
			grid[i][j] = grid[i-1][j] + grid[i][j-1]
		}
	}
	fmt.Println("p15", grid[20][20], new(big.Int).Binomial(40, 20))

	// p16 and p20: digit sums of big numbers
	digitSum := func(x *big.Int) int {
		s := 0
		for _, c := range x.String() {
			s += int(c - '0')
		}
		return s
	}
	p := new(big.Int).Exp(big.NewInt(2), big.NewInt(1000), nil)
	fmt.Println("p16", digitSum(p), len(p.String()))
	f := new(big.Int).MulRange(1, 100)
	fmt.Println("p20", digitSum(f), f.BitLen())

	// p25: first Fibonacci term with 1000 digits
	a, b := big.NewInt(1), big.NewInt(1)
	idx := 2
	for len(b.String()) < 1000 {
		a.Add(a, b)
		a, b = b, a
		idx++
	}
	fmt.Println("p25", idx)
	r := new(big.Rat).SetFrac64(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))
}
