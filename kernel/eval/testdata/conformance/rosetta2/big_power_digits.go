package main

import (
	"fmt"
	"math/big"
)

func main() {
	x := big.NewInt(2)
	x = x.Exp(big.NewInt(3), x, nil)
	x = x.Exp(big.NewInt(4), x, nil)
	x = x.Exp(big.NewInt(5), x, nil)
	str := x.String()
	fmt.Printf("5^(4^(3^2)) has %d digits: %s ... %s\n", len(str), str[:20], str[len(str)-20:])
	two := big.NewInt(2)
	m := new(big.Int).Lsh(big.NewInt(1), 127)
	m.Sub(m, big.NewInt(1))
	fmt.Println(m, m.ProbablyPrime(10))
	sum := 0
	for _, d := range new(big.Int).Exp(two, big.NewInt(1000), nil).String() {
		sum += int(d - '0')
	}
	fmt.Println("digit sum of 2^1000:", sum)
	pi := new(big.Float).SetPrec(200)
	pi.SetString("3.14159265358979323846264338327950288419716939937510582097494459")
	r := new(big.Float).SetPrec(200).SetFloat64(2)
	area := new(big.Float).Mul(pi, new(big.Float).Mul(r, r))
	fmt.Println(area.Text('g', 40))
	a, _ := new(big.Rat).SetString("22/7")
	b := big.NewRat(355, 113)
	fmt.Println(new(big.Rat).Sub(a, b), a.Cmp(b), b.FloatString(10))
	fmt.Printf("%v %s %d\n", two, two, two)
}
