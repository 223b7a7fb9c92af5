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
	fmt.Println(factorial(30))
	fmt.Println(fib(100), fib(100).BitLen(), len(fib(300).String()))
	x, ok := new(big.Int).SetString("123456789012345678901234567890", 10)
	fmt.Println(x, ok)
	y := new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil)
	fmt.Println(y, y.Cmp(x), x.Cmp(y), y.Sign())
	q, m := new(big.Int).QuoRem(x, big.NewInt(97), new(big.Int))
	fmt.Println(q, m)
	d, md := new(big.Int).DivMod(big.NewInt(-7), big.NewInt(2), new(big.Int))
	fmt.Println(d, md, new(big.Int).Quo(big.NewInt(-7), big.NewInt(2)), new(big.Int).Rem(big.NewInt(-7), big.NewInt(2)))
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(84), big.NewInt(36)), big.NewInt(97).ProbablyPrime(20))
	fmt.Printf("%x %X %o %b %s %v %d\n", y, big.NewInt(255), big.NewInt(8), big.NewInt(5), y, big.NewInt(-3), x)
	fmt.Printf("%10d|%-6d|%+d\n", big.NewInt(42), big.NewInt(7), big.NewInt(3))
	r := big.NewRat(3, 4)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5), r.Num(), r.Denom())
	f := new(big.Float).SetPrec(100).SetInt64(1)
	f.Quo(f, big.NewFloat(3))
	fmt.Println(f.Text('g', 20), f.String())
	sq := new(big.Float).SetPrec(80).Sqrt(big.NewFloat(2))
	fmt.Println(sq.Text('f', 20))
	z := new(big.Int)
	fmt.Println(z, z.Int64(), z.IsInt64(), new(big.Int).Neg(x))
	var bi big.Int
	bi.SetUint64(1 << 63)
	bi.Lsh(&bi, 3)
	fmt.Println(&bi, bi.String())
	fmt.Println(new(big.Int).Sqrt(big.NewInt(1000000)), new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11)))
	sum := new(big.Int)
	for _, c := range "2718281828" {
		sum.Add(sum, big.NewInt(int64(c-'0')))
	}
	fmt.Println(sum)
}
