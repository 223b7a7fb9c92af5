package main

import (
	"fmt"
	"math/big"
)

func main() {
	a := new(big.Int)
	a.SetString("123456789012345678901234567890", 10)
	b := big.NewInt(987654321)
	var c big.Int
	c.Mul(a, b)
	fmt.Println(c.String())
	f := new(big.Int).MulRange(1, 30)
	fmt.Println(f)
	fmt.Println(a.Cmp(b), new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil))
	r := big.NewRat(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))
	x := new(big.Float).SetPrec(100).SetFloat64(2)
	x.Sqrt(x)
	fmt.Println(x.Text('f', 25))
	q, m := new(big.Int).DivMod(big.NewInt(-7), big.NewInt(2), new(big.Int))
	fmt.Println(q, m, big.NewInt(17).ProbablyPrime(10))
}
