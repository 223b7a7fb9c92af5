package main

import (
	"fmt"
	"math/big"
	"strings"
)

func fact(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func fibMatrix(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func digitSum(x *big.Int) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

func main() {
	f := fact(50)
	fmt.Println(f)
	fmt.Println(len(fact(100).String()), digitSum(fact(100)))
	fmt.Println(fibMatrix(100), fibMatrix(1), fibMatrix(0))
	two := big.NewInt(2)
	p := new(big.Int).Exp(two, big.NewInt(127), nil)
	p.Sub(p, big.NewInt(1))
	fmt.Println(p, p.ProbablyPrime(20), p.BitLen())
	m := new(big.Int).Exp(big.NewInt(3), big.NewInt(1000), big.NewInt(1000000007))
	fmt.Println(m)
	q, r := new(big.Int).QuoRem(fact(30), big.NewInt(1e9+7), new(big.Int))
	fmt.Println(q, r)
	g := new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071))
	fmt.Println(g)
	rat := new(big.Rat)
	for i := int64(1); i <= 10; i++ {
		rat.Add(rat, big.NewRat(1, i))
	}
	fmt.Println(rat, rat.FloatString(10))
	fl := new(big.Float).SetPrec(100).Quo(big.NewFloat(1), big.NewFloat(3))
	fmt.Println(fl.Text('g', 25))
	s := fmt.Sprintf("%x %o %b", big.NewInt(255), big.NewInt(8), big.NewInt(5))
	fmt.Println(strings.ToUpper(s))
	n, ok := new(big.Int).SetString("-123456789012345678901234567890", 10)
	fmt.Println(n, ok, n.Sign(), new(big.Int).Abs(n).Cmp(n))
}
