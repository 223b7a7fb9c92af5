package main

import (
	"fmt"
	"math/big"
)

func catalan(n int64) *big.Int {
	c := new(big.Int).Binomial(2*n, n)
	return c.Div(c, big.NewInt(n+1))
}

func harmonic(n int64) *big.Rat {
	h := new(big.Rat)
	for i := int64(1); i <= n; i++ {
		h.Add(h, big.NewRat(1, i))
	}
	return h
}

func sqrt2(prec uint) *big.Float {
	two := new(big.Float).SetPrec(prec).SetInt64(2)
	x := new(big.Float).SetPrec(prec).SetInt64(1)
	half := new(big.Float).SetPrec(prec).SetFloat64(0.5)
	for range 10 {
		t := new(big.Float).SetPrec(prec).Quo(two, x)
		x.Add(x, t)
		x.Mul(x, half)
	}
	return x
}

func main() {
	for _, n := range []int64{0, 5, 10, 30} {
		fmt.Print(catalan(n), " ")
	}
	fmt.Println()
	h := harmonic(10)
	fmt.Println(h, h.FloatString(10))
	f, exact := h.Float64()
	fmt.Println(f, exact)
	fmt.Println(sqrt2(200).Text('f', 50))
	a := big.NewInt(1)
	a.Lsh(a, 100)
	fmt.Println(a, a.BitLen(), a.Bit(100), a.TrailingZeroBits())
	b, ok := new(big.Int).SetString("-deadbeef", 16)
	fmt.Println(b, ok, b.Sign(), new(big.Int).Abs(b), new(big.Int).Neg(b).Cmp(b))
	_, ok = new(big.Int).SetString("12x", 10)
	fmt.Println(ok)
	m := new(big.Int).Mod(big.NewInt(-7), big.NewInt(3))
	r := new(big.Int).Rem(big.NewInt(-7), big.NewInt(3))
	fmt.Println(m, r)
	inv := new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11))
	fmt.Println(inv)
	q := new(big.Rat).SetFrac64(-6, 4)
	fmt.Println(q, q.Num(), q.Denom(), q.Sign())
	rr, _ := new(big.Rat).SetString("3.125")
	fmt.Println(rr, rr.RatString())
	fl, _, _ := big.ParseFloat("1e100", 10, 64, big.ToNearestEven)
	fmt.Println(fl, fl.MantExp(nil))
	fmt.Printf("%.10f %v %s\n", big.NewFloat(1.0/3), big.NewInt(42), big.NewRat(2, 4))
}
