package main

import (
	"fmt"
	"math"
	"math/big"
)

func main() {
	a := big.NewInt(1)
	for i := 1; i <= 30; i++ {
		a.Mul(a, big.NewInt(int64(i)))
	}
	fmt.Println("30! =", a)
	fib := [2]*big.Int{big.NewInt(0), big.NewInt(1)}
	for i := 0; i < 100; i++ {
		fib[0].Add(fib[0], fib[1])
		fib[0], fib[1] = fib[1], fib[0]
	}
	fmt.Println(fib[0])
	n, ok := new(big.Int).SetString("deadbeefcafebabe1234", 16)
	fmt.Println(n, ok, n.BitLen(), n.Text(36))
	e := new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil)
	fmt.Println(e, e.Cmp(n), new(big.Int).Mod(e, big.NewInt(97)))
	q, m := new(big.Int).DivMod(big.NewInt(-7), big.NewInt(3), new(big.Int))
	fmt.Println(q, m, new(big.Int).Quo(big.NewInt(-7), big.NewInt(3)))
	fmt.Println(big.NewInt(97).ProbablyPrime(20), new(big.Int).GCD(nil, nil, big.NewInt(84), big.NewInt(36)))
	r := big.NewRat(3, 4)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5), r.Num(), r.Denom())
	f := new(big.Float).SetPrec(200).SetInt64(2)
	f.Sqrt(f)
	fmt.Println(f.Text('f', 50))
	x, _ := new(big.Float).SetString("1.5e100")
	fmt.Printf("%.10g %s\n", x, x.String())
	fmt.Println(new(big.Float).SetInf(true), big.NewFloat(math.Pi).Text('g', 5))
	fmt.Printf("%x %08d %s\n", big.NewInt(255), big.NewInt(42), big.NewInt(-5).String())
}
