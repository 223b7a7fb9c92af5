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

func digitSum(x *big.Int) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

func main() {
	f100 := factorial(100)
	fmt.Println(len(f100.String()), digitSum(f100))
	fmt.Println(factorial(25))
	fmt.Println(fib(100), fib(200).BitLen())
	var z big.Int
	z.MulRange(1, 20)
	fmt.Println(z.String(), z.Cmp(factorial(20)))
	b := new(big.Int).Binomial(50, 25)
	fmt.Println(b)
	p := new(big.Int).Exp(big.NewInt(2), big.NewInt(127), nil)
	m := new(big.Int).Sub(p, big.NewInt(1))
	fmt.Println(m, m.ProbablyPrime(20))
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(200), big.NewInt(1000007)))
	q, r := new(big.Int).QuoRem(big.NewInt(-7), big.NewInt(2), new(big.Int))
	d, mo := new(big.Int).DivMod(big.NewInt(-7), big.NewInt(2), new(big.Int))
	fmt.Println(q, r, d, mo)
	g := new(big.Int)
	x, y := new(big.Int), new(big.Int)
	g.GCD(x, y, big.NewInt(240), big.NewInt(46))
	fmt.Println(g, x, y)
	inv := new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11))
	fmt.Println(inv)
	n, ok := new(big.Int).SetString("deadbeefcafebabe1234567890", 16)
	fmt.Println(n, ok, n.Text(36), fmt.Sprintf("%x %X %o %b", n, big.NewInt(255), big.NewInt(8), big.NewInt(5)))
	_, ok = new(big.Int).SetString("12z", 10)
	fmt.Println(ok)
	fmt.Printf("%10d|%-10d|%+d|%08d\n", big.NewInt(42), big.NewInt(42), big.NewInt(42), big.NewInt(-42))
	sq := new(big.Int).Sqrt(factorial(30))
	fmt.Println(sq)
	fmt.Println(new(big.Int).Lsh(big.NewInt(1), 100), new(big.Int).Rsh(factorial(30), 50))
	fmt.Println(big.NewInt(-5).Sign(), big.NewInt(0).Sign(), new(big.Int).Abs(big.NewInt(-9)), new(big.Int).Neg(big.NewInt(9)))
	fmt.Println(new(big.Int).And(big.NewInt(12), big.NewInt(10)), new(big.Int).Or(big.NewInt(12), big.NewInt(10)), new(big.Int).Xor(big.NewInt(12), big.NewInt(10)), new(big.Int).Not(big.NewInt(12)))
	fmt.Println(big.NewInt(7).Bit(0), big.NewInt(7).Bit(3), big.NewInt(1000).TrailingZeroBits())
	fmt.Println(fib(90).IsInt64(), fib(90).Int64(), fib(100).IsUint64())

	r1 := big.NewRat(1, 3)
	r2 := big.NewRat(1, 6)
	sum := new(big.Rat).Add(r1, r2)
	fmt.Println(sum, sum.FloatString(5), sum.Num(), sum.Denom(), sum.IsInt())
	h := new(big.Rat)
	for i := int64(1); i <= 10; i++ {
		h.Add(h, big.NewRat(1, i))
	}
	fmt.Println("H10 =", h, h.FloatString(10))
	rr, _ := new(big.Rat).SetString("3.125")
	fmt.Println(rr, rr.RatString(), new(big.Rat).SetFrac64(10, -4))
	f, exact := rr.Float64()
	fmt.Println(f, exact)

	bf := new(big.Float).SetPrec(200)
	bf.SetInt64(2)
	bf.Sqrt(bf)
	fmt.Println(bf.Text('f', 50))
	fmt.Printf("%.30f\n", bf)
	pi := new(big.Float).SetPrec(100).Quo(big.NewFloat(22), big.NewFloat(7))
	fmt.Println(pi.String(), pi.Text('g', 20), pi.Prec(), pi.MinPrec())
	bi, acc := new(big.Float).SetFloat64(1e20).Int(nil)
	fmt.Println(bi, acc)
	ff, _ := new(big.Float).SetString("1.5e100")
	fmt.Println(ff, ff.Cmp(big.NewFloat(1)), ff.IsInt())
}
