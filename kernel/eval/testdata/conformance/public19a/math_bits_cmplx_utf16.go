package main

import (
	"fmt"
	"math"
	"math/bits"
	"math/cmplx"
	"unicode/utf16"
)

func main() {
	for _, x := range []uint{0, 1, 6, 255, 1 << 40} {
		fmt.Println(x, bits.OnesCount(x), bits.LeadingZeros(x), bits.TrailingZeros(x), bits.Len(x))
	}
	fmt.Println(bits.Reverse8(0b00010110), bits.ReverseBytes16(0x1234), bits.RotateLeft8(0b10010001, 1), bits.RotateLeft32(1, -1))
	hi, lo := bits.Mul64(math.MaxUint64, 3)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(sum, carry)
	diff, borrow := bits.Sub32(0, 1, 0)
	fmt.Println(diff, borrow)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r, bits.UintSize)
	c := complex(3, 4)
	fmt.Println(cmplx.Abs(c), cmplx.Conj(c), cmplx.Phase(-1), cmplx.Sqrt(-4))
	fmt.Printf("%.4f %.4f\n", cmplx.Exp(complex(0, math.Pi)), cmplx.Pow(c, 2))
	fmt.Println(cmplx.IsNaN(cmplx.NaN()), cmplx.Inf(), real(c*c), imag(c/complex(0, 1)))
	rr, th := cmplx.Polar(complex(0, 2))
	fmt.Printf("%.3f %.3f %.3f\n", rr, th, cmplx.Rect(2, math.Pi/2))
	u := utf16.Encode([]rune("a😀é"))
	fmt.Println(u, len(u), string(utf16.Decode(u)))
	r1, r2 := utf16.EncodeRune('😀')
	fmt.Printf("%x %x %c %v\n", r1, r2, utf16.DecodeRune(r1, r2), utf16.IsSurrogate(r1))
	fmt.Println(utf16.AppendRune(nil, 'x'), utf16.RuneLen('😀'), utf16.RuneLen('a'))
	var x8 uint8 = 200
	fmt.Println(bits.Len8(x8), bits.OnesCount8(x8), bits.LeadingZeros64(1))
}
