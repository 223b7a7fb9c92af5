package main

import (
	"fmt"
	"math/big"
)

func main() {
	f := big.NewInt(1)
	for i := int64(2); i <= 50; i++ {
		f.Mul(f, big.NewInt(i))
	}
	fmt.Println("50! =", f)
	fmt.Println(new(big.Int).MulRange(1, 30))
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < 200; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	fmt.Println("fib(200) =", a)
	fmt.Println(len(a.String()), a.BitLen())
	x, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	y := new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil)
	fmt.Println(new(big.Int).Mod(x, y), x.Cmp(y), y)
	q, r := new(big.Int).QuoRem(x, big.NewInt(97), new(big.Int))
	fmt.Println(q, r)
	fmt.Println(big.NewInt(97).ProbablyPrime(20), new(big.Int).GCD(nil, nil, big.NewInt(84), big.NewInt(36)))
	rat := big.NewRat(1, 3)
	rat.Add(rat, big.NewRat(1, 6))
	fmt.Println(rat, rat.FloatString(5))
	fl := new(big.Float).SetPrec(100).SetInt64(2)
	fl.Sqrt(fl)
	fmt.Println(fl.Text('f', 25))
	fmt.Printf("%x %s\n", y, new(big.Int).Neg(x).Text(36))
}
