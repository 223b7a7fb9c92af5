package main

import (
	"fmt"
	"math/big"
)

func fibMemo() func(int) int {
	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	return fib
}

type Mat [2][2]int64

func (a Mat) Mul(b Mat) Mat {
	var c Mat
	for i := range 2 {
		for j := range 2 {
			for k := range 2 {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func fibMatrix(n int) int64 {
	res := Mat{{1, 0}, {0, 1}}
	m := Mat{{1, 1}, {1, 0}}
	for n > 0 {
		if n&1 == 1 {
			res = res.Mul(m)
		}
		m = m.Mul(m)
		n >>= 1
	}
	return res[0][1]
}

func fibBig(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for range n {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func climbStairs(n int) int {
	a, b := 1, 1
	for range n - 1 {
		a, b = b, a+b
	}
	return b
}

func main() {
	f := fibMemo()
	fmt.Println(f(10), f(50), f(90))
	fmt.Println(fibMatrix(10), fibMatrix(50), fibMatrix(90))
	fmt.Println(fibBig(200))
	fmt.Println(climbStairs(1), climbStairs(5), climbStairs(30))
}
