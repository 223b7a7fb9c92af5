package main

import (
	"fmt"
	"strings"
)

const MOD = 1_000_000_007

type Mat [][]int64

func Identity(n int) Mat {
	m := make(Mat, n)
	for i := range m {
		m[i] = make([]int64, n)
		m[i][i] = 1
	}
	return m
}

func (a Mat) Mul(b Mat) Mat {
	n, k, p := len(a), len(b), len(b[0])
	c := make(Mat, n)
	for i := range c {
		c[i] = make([]int64, p)
		for j := 0; j < p; j++ {
			var s int64
			for t := 0; t < k; t++ {
				s = (s + a[i][t]*b[t][j]) % MOD
			}
			c[i][j] = s
		}
	}
	return c
}

func (a Mat) Pow(e uint64) Mat {
	r := Identity(len(a))
	for b := a; e > 0; e >>= 1 {
		if e&1 == 1 {
			r = r.Mul(b)
		}
		b = b.Mul(b)
	}
	return r
}

func (a Mat) String() string {
	var sb strings.Builder
	for _, row := range a {
		sb.WriteString(fmt.Sprintln(row))
	}
	return sb.String()
}

func fib(n uint64) int64 {
	if n == 0 {
		return 0
	}
	return Mat{{1, 1}, {1, 0}}.Pow(n - 1)[0][0]
}

func tribonacci(n uint64) int64 {
	if n < 2 {
		return 0
	}
	m := Mat{{1, 1, 1}, {1, 0, 0}, {0, 1, 0}}.Pow(n - 2)
	return m[0][0]
}

func modpow(b, e, m int64) int64 {
	r := int64(1)
	b %= m
	for ; e > 0; e >>= 1 {
		if e&1 == 1 {
			r = r * b % m
		}
		b = b * b % m
	}
	return r
}

func main() {
	for _, n := range []uint64{0, 1, 2, 10, 50, 90, 1000, 1 << 40} {
		fmt.Print(fib(n), " ")
	}
	fmt.Println()
	for n := uint64(0); n < 12; n++ {
		fmt.Print(tribonacci(n), " ")
	}
	fmt.Println()
	m := Mat{{2, 0}, {1, 3}}
	fmt.Print(m.Pow(5))
	fmt.Print(Mat{{1, 2, 3}}.Mul(Mat{{1}, {2}, {3}}))
	inv := modpow(3, MOD-2, MOD)
	fmt.Println(inv, inv*3%MOD, modpow(2, 1_000_000, MOD))
}
