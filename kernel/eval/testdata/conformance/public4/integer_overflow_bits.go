package main

import (
	"fmt"
	"math"
	"math/bits"
	"strconv"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var u uint = 3
	fmt.Println(u-5 > 0, int(u)-5)
	x := math.MaxInt64
	x++
	fmt.Println(x == math.MinInt64)
	f := 3.99
	fmt.Println(int(f), int(-f), int64(math.Round(-2.5)), math.Trunc(-2.7))
	big := 1 << 40
	n7 := 70000
	fmt.Println(int32(big), int16(n7), uint16(n7))
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.TrailingZeros(8), bits.Len(1023), bits.Reverse8(1))
	hi, lo := bits.Mul64(math.MaxUint64, 2)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(sum, carry)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatUint(math.MaxUint64, 2)[:8], strconv.Itoa(math.MinInt64))
	n, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(n, err)
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2, 1<<3|1, 6&^3, ^0)
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN() == math.NaN(), math.IsNaN(math.Sqrt(-1)))
	var z float64
	fmt.Println(1/z, -1/z, z/z)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, float32(0.1), 0.1+0.2)
	c := complex(1, 2)
	fmt.Println(c*c, real(c), imag(c))
	fmt.Printf("%08b %o %#o %X %#v\n", 5, 64, 64, 3054, uint8(200))
	r := 'é'
	fmt.Println(r, string(r), byte('A'+2), string(rune(65+25)))
}
