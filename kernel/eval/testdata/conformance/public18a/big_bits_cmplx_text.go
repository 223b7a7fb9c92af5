package main

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"math/cmplx"
)

func main() {
	a, _ := new(big.Int).SetString("-0x1f_ff", 0)
	b, ok := new(big.Int).SetString("123456789abcdef", 16)
	fmt.Println(a, b, ok, a.Text(2), b.Text(36), b.String(), a.Int64(), b.IsInt64(), b.Uint64())
	_, ok = new(big.Int).SetString("12z", 10)
	fmt.Println(ok)
	fmt.Printf("%d %x %X %o %b %+d %08d %s %v\n", b, b, b, big.NewInt(8), big.NewInt(5), big.NewInt(3), big.NewInt(-42), a, (*big.Int)(nil))
	q, m := new(big.Int).DivMod(big.NewInt(-7), big.NewInt(2), new(big.Int))
	qq, rr := new(big.Int).QuoRem(big.NewInt(-7), big.NewInt(2), new(big.Int))
	fmt.Println(q, m, qq, rr)
	fmt.Println(new(big.Int).Lsh(big.NewInt(1), 100), new(big.Int).Rsh(big.NewInt(-5), 1), new(big.Int).And(big.NewInt(12), big.NewInt(10)), new(big.Int).Not(big.NewInt(0)))
	fmt.Println(new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11)), new(big.Int).Exp(big.NewInt(4), big.NewInt(13), big.NewInt(497)), big.NewInt(10).Bit(1), b.TrailingZeroBits(), b.Cmp(a), a.CmpAbs(big.NewInt(8191)))
	r := big.NewRat(3, -6)
	r2, _ := new(big.Rat).SetString("1.25")
	r3, _ := new(big.Rat).SetString("22/7")
	fmt.Println(r, r2, r3, r.Num(), r.Denom(), r3.FloatString(4), r2.RatString(), new(big.Rat).SetInt64(4).RatString())
	f64, exact := r3.Float64()
	fmt.Println(f64, exact, new(big.Rat).Inv(r3), new(big.Rat).Quo(r2, r3), r2.Cmp(r3), new(big.Rat).SetFloat64(0.1).FloatString(20))
	fmt.Printf("%v %s\n", r3, r3)
	x := new(big.Float).SetPrec(200)
	x.SetString("1.5")
	y := new(big.Float).Sqrt(big.NewFloat(2))
	fmt.Println(x, y, y.Text('f', 20), y.Text('e', 5), y.Text('g', 10), y.Prec(), y.Mode(), x.MinPrec())
	z := new(big.Float).SetPrec(200).Quo(big.NewFloat(1), big.NewFloat(3))
	fmt.Println(z.Text('g', 40), z.String(), z.Sign(), z.IsInt(), new(big.Float).SetInf(true))
	fmt.Printf("%.10f %g %e %v %8.3f|\n", z, big.NewFloat(1e100), big.NewFloat(-2.5), big.NewFloat(0.1), big.NewFloat(3.14159))
	bf, _, err := big.ParseFloat("0x1p-3", 0, 53, big.ToNearestEven)
	fmt.Println(bf, err)
	i, acc := big.NewFloat(2.7).Int64()
	fmt.Println(i, acc, big.NewFloat(-0.0).Signbit())
	fmt.Println(bits.LeadingZeros32(1), bits.TrailingZeros64(8), bits.OnesCount(255), bits.Len(1023), bits.Reverse8(1), bits.ReverseBytes16(0x1234), bits.RotateLeft8(0x81, 1), bits.RotateLeft32(1, -1))
	hi, lo := bits.Mul64(math.MaxUint64, 3)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	diff, borrow := bits.Sub32(0, 1, 0)
	qu, re := bits.Div64(1, 0, 3)
	fmt.Println(hi, lo, sum, carry, diff, borrow, qu, re, bits.UintSize)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bits.Div32(5, 0, 3)
	}()
	c := complex(1, 1)
	fmt.Println(cmplx.Abs(3+4i), cmplx.Phase(-1), cmplx.Sqrt(-4), cmplx.Conj(c), cmplx.Inf(), cmplx.IsNaN(cmplx.NaN()))
	fmt.Printf("%.4f %.4f %.4f\n", cmplx.Exp(complex(0, math.Pi)), cmplx.Pow(c, 2), cmplx.Log(1i))
	rr2, th := cmplx.Polar(1i)
	fmt.Printf("%.3f %.3f %.3f\n", rr2, th, cmplx.Rect(2, math.Pi/2))
	fmt.Println(math.Round(-2.5), math.RoundToEven(2.5), math.Trunc(-1.7), math.Floor(-1.2), math.Ceil(1.2), math.Mod(-7, 3), math.Remainder(7, 3), math.Hypot(3, 4), math.Cbrt(27), math.Log2(8), math.IsNaN(math.Sqrt(-1)))
	fr, ex := math.Frexp(8)
	fmt.Println(fr, ex, math.Ldexp(0.5, 4), math.Float64bits(1.0), math.Float32frombits(0x40490fdb), math.Nextafter(1, 2)-1, math.Signbit(math.Copysign(0, -1)), math.MaxInt, math.SmallestNonzeroFloat64)
}
