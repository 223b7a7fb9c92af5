package main

import (
	"fmt"
	"math/big"
	"strings"
)

func evalRat(expr string) (*big.Rat, error) {
	var st []*big.Rat
	pop2 := func() (*big.Rat, *big.Rat, error) {
		if len(st) < 2 {
			return nil, nil, fmt.Errorf("underflow")
		}
		a, b := st[len(st)-2], st[len(st)-1]
		st = st[:len(st)-2]
		return a, b, nil
	}
	for _, t := range strings.Fields(expr) {
		switch t {
		case "+", "-", "*", "/":
			a, b, err := pop2()
			if err != nil {
				return nil, fmt.Errorf("%q: %w", t, err)
			}
			r := new(big.Rat)
			switch t {
			case "+":
				r.Add(a, b)
			case "-":
				r.Sub(a, b)
			case "*":
				r.Mul(a, b)
			case "/":
				if b.Sign() == 0 {
					return nil, fmt.Errorf("division by zero")
				}
				r.Quo(a, b)
			}
			st = append(st, r)
		default:
			r, ok := new(big.Rat).SetString(t)
			if !ok {
				return nil, fmt.Errorf("bad number %q", t)
			}
			st = append(st, r)
		}
	}
	if len(st) != 1 {
		return nil, fmt.Errorf("stack has %d items", len(st))
	}
	return st[0], nil
}

func main() {
	for _, e := range []string{
		"1 3 / 1 6 / +",
		"2 3 / 4 5 / *",
		"0.1 0.2 +",
		"1/3 3 *",
		"22 7 / 355 113 / -",
		"1 0 /",
		"1 +",
		"x 1 +",
		"1e10 3 /",
	} {
		r, err := evalRat(e)
		if err != nil {
			fmt.Printf("%-22s error: %v\n", e, err)
			continue
		}
		f, exact := r.Float64()
		fmt.Printf("%-22s %-14s %-12s %.6g %v\n", e, r.String(), r.FloatString(5), f, exact)
	}
	// harmonic numbers as exact fractions
	h := new(big.Rat)
	for i := int64(1); i <= 20; i++ {
		h.Add(h, big.NewRat(1, i))
	}
	fmt.Println(h.Num(), h.Denom(), h.IsInt())
	// continued fraction of sqrt(2) convergents
	x := big.NewRat(1, 1)
	for i := 0; i < 8; i++ {
		x.Add(big.NewRat(1, 1), new(big.Rat).Inv(new(big.Rat).Add(big.NewRat(1, 1), x)))
		fmt.Print(x, " ")
	}
	fmt.Println()
}
