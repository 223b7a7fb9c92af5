package main

import (
	"fmt"
	"math/big"
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
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func main() {
	f := factorial(30)
	fmt.Println(f, len(f.String()), f.BitLen())
	fmt.Println(fib(100))
	x, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	q, r := new(big.Int).QuoRem(x, big.NewInt(97), new(big.Int))
	fmt.Println(q, r, x.Cmp(f), x.Sign())
	fmt.Println(new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil), new(big.Int).GCD(nil, nil, big.NewInt(84), big.NewInt(36)))
	fmt.Println(big.NewInt(97).ProbablyPrime(10), new(big.Int).Sqrt(big.NewInt(1000000)))
	r1 := big.NewRat(1, 3)
	r2 := big.NewRat(1, 6)
	sum := new(big.Rat).Add(r1, r2)
	fmt.Println(sum, sum.FloatString(5), sum.IsInt(), new(big.Rat).Mul(sum, big.NewRat(4, 1)))
	bf := new(big.Float).SetPrec(100).Quo(big.NewFloat(1), big.NewFloat(3))
	fmt.Println(bf.Text('g', 25))
	fmt.Printf("%x %s %08d\n", big.NewInt(255), big.NewInt(-12), big.NewInt(42))
}
