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

func digitSum(x *big.Int) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

func piDigits(n int) string {
	// Gibbons' unbounded spigot
	q, r, t, k, m, x := big.NewInt(1), big.NewInt(0), big.NewInt(1), big.NewInt(1), big.NewInt(3), big.NewInt(3)
	out := make([]byte, 0, n)
	tmp1, tmp2 := new(big.Int), new(big.Int)
	for len(out) < n {
		tmp1.Mul(q, big.NewInt(4))
		tmp1.Add(tmp1, r)
		tmp1.Sub(tmp1, t)
		tmp2.Mul(m, t)
		if tmp1.Cmp(tmp2) < 0 {
			out = append(out, byte('0'+m.Int64()))
			nr := new(big.Int).Sub(r, new(big.Int).Mul(m, t))
			nr.Mul(nr, big.NewInt(10))
			nm := new(big.Int).Mul(q, big.NewInt(3))
			nm.Add(nm, r)
			nm.Mul(nm, big.NewInt(10))
			nm.Quo(nm, t)
			nm.Sub(nm, new(big.Int).Mul(m, big.NewInt(10)))
			q.Mul(q, big.NewInt(10))
			r, m = nr, nm
		} else {
			nr := new(big.Int).Mul(q, big.NewInt(2))
			nr.Add(nr, r)
			nr.Mul(nr, x)
			nm := new(big.Int).Mul(q, new(big.Int).Add(new(big.Int).Mul(k, big.NewInt(7)), big.NewInt(2)))
			nm.Add(nm, new(big.Int).Mul(r, x))
			nt := new(big.Int).Mul(t, x)
			nm.Quo(nm, nt)
			q.Mul(q, k)
			t = nt
			k.Add(k, big.NewInt(1))
			x.Add(x, big.NewInt(2))
			r, m = nr, nm
		}
	}
	return string(out)
}

func main() {
	f := factorial(50)
	fmt.Println(f)
	fmt.Println(len(factorial(100).String()), digitSum(factorial(100)))
	fmt.Println(piDigits(30))
	two := big.NewInt(2)
	p := new(big.Int).Exp(two, big.NewInt(127), nil)
	p.Sub(p, big.NewInt(1))
	fmt.Println(p, p.ProbablyPrime(20))
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(200), big.NewInt(1000007)))
	a, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	b, _ := new(big.Int).SetString("987654321", 10)
	qq, rr := new(big.Int).QuoRem(a, b, new(big.Int))
	fmt.Println(qq, rr)
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071)))
	fmt.Printf("%x %s\n", f, a.Text(36))
	rat := big.NewRat(1, 3)
	rat.Add(rat, big.NewRat(1, 6))
	fmt.Println(rat, rat.FloatString(5))
	fl := new(big.Float).SetPrec(100).SetInt64(2)
	fl.Sqrt(fl)
	fmt.Println(fl.Text('f', 25))
}
