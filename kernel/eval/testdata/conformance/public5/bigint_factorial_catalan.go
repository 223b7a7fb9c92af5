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

func catalan(n int64) *big.Int {
	c := new(big.Int).Binomial(2*n, n)
	return c.Div(c, big.NewInt(n+1))
}

func digitSum(x *big.Int) int {
	s := 0
	for _, ch := range x.String() {
		s += int(ch - '0')
	}
	return s
}

func main() {
	f50 := factorial(50)
	fmt.Println(f50)
	fmt.Println(len(f50.String()), digitSum(f50), strings.Count(f50.String(), "0"))
	for n := int64(0); n <= 10; n++ {
		fmt.Print(catalan(n), " ")
	}
	fmt.Println()
	a, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	b, ok := new(big.Int).SetString("ffffffffffffffffffff", 16)
	fmt.Println(ok, b, a.Cmp(b), new(big.Int).Add(a, b), new(big.Int).Sub(b, a).Sign())
	q, m := new(big.Int).DivMod(a, big.NewInt(97), new(big.Int))
	fmt.Println(q, m)
	fmt.Println(new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil), new(big.Int).Exp(big.NewInt(3), big.NewInt(200), big.NewInt(1000007)))
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071)), big.NewInt(97).ProbablyPrime(20), big.NewInt(91).ProbablyPrime(20))
	fmt.Printf("%x %b %s %v\n", big.NewInt(255), big.NewInt(5), big.NewInt(-7), new(big.Int).Lsh(big.NewInt(1), 70))
	r := new(big.Rat).SetFrac64(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5), new(big.Rat).Mul(r, big.NewRat(4, 1)))
	fl := new(big.Float).SetPrec(100).SetInt64(1)
	fl.Quo(fl, big.NewFloat(3))
	fmt.Println(fl.Text('g', 25))
	_, ok = new(big.Int).SetString("12x", 10)
	fmt.Println(ok)
	fib := [2]*big.Int{big.NewInt(0), big.NewInt(1)}
	for i := 0; i < 150; i++ {
		fib[0].Add(fib[0], fib[1])
		fib[0], fib[1] = fib[1], fib[0]
	}
	fmt.Println(fib[0])
}
