package main

import (
	"fmt"
	"math/big"
)

type Matrix [2][2]*big.Int

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			s := new(big.Int)
			for k := 0; k < 2; k++ {
				s.Add(s, new(big.Int).Mul(m[i][k], o[k][j]))
			}
			r[i][j] = s
		}
	}
	return r
}

func Fib(n uint) *big.Int {
	result := Matrix{{big.NewInt(1), big.NewInt(0)}, {big.NewInt(0), big.NewInt(1)}}
	base := Matrix{{big.NewInt(1), big.NewInt(1)}, {big.NewInt(1), big.NewInt(0)}}
	for n > 0 {
		if n&1 == 1 {
			result = result.Mul(base)
		}
		base = base.Mul(base)
		n >>= 1
	}
	return result[0][1]
}

type Money struct{ r *big.Rat }

func (m Money) String() string { return m.r.FloatString(2) }

func main() {
	fmt.Println(Fib(10), Fib(100), len(Fib(1000).String()))
	fmt.Println(new(big.Int).GCD(nil, nil, Fib(60), Fib(45)), Fib(97).ProbablyPrime(20))
	total := Money{new(big.Rat)}
	for _, s := range []string{"19.99", "0.01", "1/3", "2.5e1"} {
		r, ok := new(big.Rat).SetString(s)
		if !ok {
			fmt.Println("bad", s)
			continue
		}
		total.r.Add(total.r, r)
	}
	fmt.Println(total, total.r, total.r.Num(), total.r.Denom())
	f := new(big.Float).SetPrec(100).SetInt64(2)
	f.Sqrt(f)
	fmt.Println(f.Text('g', 30), f.Prec(), f.MinPrec() > 0)
	x, _ := new(big.Int).SetString("ffffffffffffffffffff", 16)
	fmt.Println(x, x.BitLen(), x.Text(36), new(big.Int).Exp(big.NewInt(3), big.NewInt(100), big.NewInt(1000007)))
	q, r := new(big.Int).QuoRem(big.NewInt(-7), big.NewInt(2), new(big.Int))
	d, m := new(big.Int).DivMod(big.NewInt(-7), big.NewInt(2), new(big.Int))
	fmt.Println(q, r, d, m, big.NewInt(5).Cmp(big.NewInt(7)), x.Sign())
	fmt.Printf("%x %08d %s\n", big.NewInt(255), big.NewInt(42), big.NewRat(3, -6))
}
