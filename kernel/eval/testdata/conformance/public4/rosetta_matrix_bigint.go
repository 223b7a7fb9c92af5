package main

import (
	"fmt"
	"math/big"
	"strings"
)

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for range n {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

type Matrix [][]float64

func (m Matrix) T() Matrix {
	out := make(Matrix, len(m[0]))
	for i := range out {
		out[i] = make([]float64, len(m))
		for j := range m {
			out[i][j] = m[j][i]
		}
	}
	return out
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, r := range m {
		for j, v := range r {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%5.1f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	fmt.Println(factorial(30))
	f := fib(100)
	fmt.Println(f, f.BitLen(), len(f.String()))
	x := new(big.Int)
	x.SetString("123456789012345678901234567890", 10)
	y := new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil)
	fmt.Println(new(big.Int).Mod(y, x), x.Cmp(y), new(big.Int).GCD(nil, nil, big.NewInt(84), big.NewInt(36)))
	r := new(big.Rat).SetFrac64(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))
	fmt.Printf("%x %v\n", y, big.NewInt(-5).Sign())
	m := Matrix{{1, 2, 3}, {4, 5, 6}}
	fmt.Print(m, m.T())
	fmt.Println(big.NewInt(97).ProbablyPrime(10))
}
