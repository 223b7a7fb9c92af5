package main

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"math/cmplx"
)

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func main() {
	f := factorial(30)
	fmt.Println(f, f.BitLen(), len(f.String()), f.Text(16))
	a, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	b := big.NewInt(987654321)
	q, m := new(big.Int).DivMod(a, b, new(big.Int))
	fmt.Println(q, m, a.Cmp(b), new(big.Int).Neg(b).Sign())
	fmt.Println(new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil), new(big.Int).Exp(big.NewInt(3), big.NewInt(200), big.NewInt(1000007)))
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071)), big.NewInt(97).ProbablyPrime(20), new(big.Int).Sqrt(big.NewInt(1e12)))
	x, ok := new(big.Int).SetString("ff", 16)
	fmt.Printf("%v %v %x %08b %s\n", x, ok, x, big.NewInt(5), x.Append([]byte("n="), 10))
	_, ok = new(big.Int).SetString("12z", 10)
	fmt.Println(ok)

	r := big.NewRat(3, 4)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5), r.Num(), r.Denom(), new(big.Rat).SetFloat64(0.125))
	r2, _ := new(big.Rat).SetString("22/7")
	fl, exact := r2.Float64()
	fmt.Printf("%.6f %v %s\n", fl, exact, r2.RatString())

	fz := new(big.Float).SetPrec(200)
	fz.SetInt64(2)
	fz.Sqrt(fz)
	fmt.Println(fz.Text('f', 50), fz.Prec(), fz.MinPrec() > 0)
	g := big.NewFloat(1.5)
	g.Mul(g, big.NewFloat(2))
	gi, acc := g.Int64()
	fmt.Println(g, gi, acc, g.Cmp(big.NewFloat(3)), big.NewFloat(math.Inf(1)).IsInf())
	fmt.Printf("%.10g %v\n", new(big.Float).Quo(big.NewFloat(1), big.NewFloat(3)), new(big.Float).SetMode(big.ToZero).Mode())

	fmt.Println(bits.OnesCount(255), bits.LeadingZeros32(1), bits.TrailingZeros64(8), bits.Len(1023), bits.Reverse8(1), bits.RotateLeft16(1, -1))
	hi, lo := bits.Mul64(1<<63, 4)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	diff, borrow := bits.Sub32(0, 1, 0)
	qq, rr := bits.Div64(1, 0, 3)
	fmt.Println(hi, lo, sum, carry, diff, borrow, qq, rr, bits.ReverseBytes32(0x01020304) == 0x04030201, bits.UintSize)

	c := complex(3, 4)
	fmt.Println(cmplx.Abs(c), cmplx.Conj(c), real(c*c), imag(c*c), cmplx.Sqrt(-1))
	fmt.Printf("%.4f %.4f %v\n", cmplx.Exp(complex(0, math.Pi)), cmplx.Phase(c), cmplx.IsNaN(cmplx.NaN()))
	rho, theta := cmplx.Polar(1i)
	fmt.Printf("%.3f %.3f %.3f\n", rho, theta, cmplx.Rect(2, math.Pi/2))
	fmt.Println(math.MaxInt64, math.SmallestNonzeroFloat64, math.Float64bits(1.0), math.Nextafter(1, 2)-1 == math.Pow(2, -52))
	fmt.Println(math.Round(-2.5), math.RoundToEven(2.5), math.Trunc(-1.7), math.Mod(7, -3), math.Remainder(7, 3), math.Hypot(5, 12), math.Cbrt(27))
	fr, ex := math.Frexp(8)
	ip, fp := math.Modf(-3.25)
	fmt.Println(fr, ex, ip, fp, math.Ldexp(0.5, 4), math.IsNaN(math.NaN()), math.Signbit(math.Copysign(0, -1)), math.Inf(-1))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Log1p(1e-10)*1e10, math.Expm1(1), math.Gamma(5), math.Erf(0.5))
}
