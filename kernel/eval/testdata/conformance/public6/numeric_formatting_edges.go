package main

import (
	"fmt"
	"math"
	"strconv"
)

type Temp float64

func main() {
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var u16 uint16 = 65535
	u16 += 2
	var i32 int32 = math.MinInt32
	i32 = -i32
	fmt.Println(i8, u8, u16, i32)
	x := 200
	fmt.Println(int8(x), uint8(x+100), int16(x*350), uint32(-1*x))
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7%-3, 7.0/2)
	fmt.Println(1<<10, 0x_FF, 0o17, 0b1010, 1_000_000, 'a', '\u00e9')

	fs := []float64{0, -0.0, 1.0 / 3, 2.5e-10, 1e21, 123456789.0, math.Inf(1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, f := range fs {
		fmt.Printf("%v|%g|%.3f|%e|%8.2f|%s\n", f, f, f, f, f, strconv.FormatFloat(f, 'g', -1, 32))
	}
	fmt.Println(float32(0.1), float64(float32(0.1)), 0.1+0.2, float32(16777217))
	fmt.Printf("%6.2f|%-8.3e|%+d|% d|%05d|%x|%X|%o|%b\n", math.Pi, 12345.678, 5, 5, -42, -255, 255, 64, 10)
	fmt.Printf("%c|%q|%U|%#U|%v\n", 0x1F600, 'x', 0x1F600, 'ä', '7')
	fmt.Printf("%t|%v|%p\n", true, nil, nil)
	fmt.Printf("%3c|%-3c|%03d|%.2s|%5.1s|%x|% X\n", 'a', 'b', 7, "hello", "world", "hi", []byte{1, 171})
	c := complex(3, -4)
	fmt.Println(c, real(c), imag(c), c*c, fmt.Sprintf("%.1f", c))
	var t Temp = 36.6
	fmt.Printf("%v %.2f %T\n", t, t, t)
	fmt.Println(strconv.Itoa(-0), strconv.FormatInt(-255, 16), strconv.FormatUint(math.MaxUint64, 2)[:8], strconv.Quote("tab\there\x00"), strconv.QuoteToASCII("한글"))
	n, err := strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(n, err)
	_, err = strconv.ParseUint("-1", 10, 8)
	fmt.Println(err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	fmt.Println(math.Round(-2.5), math.Trunc(-2.7), math.Floor(-2.5), math.Ceil(2.1), math.Mod(-7, 3), math.Remainder(7, 3))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxInt8)
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Log2(1024), math.IsInf(1/math.Inf(-1), 0), math.Signbit(math.Copysign(0, -1)))
	var z float64
	fmt.Println(1/z, -1/z, z/z == z/z, int64(math.Float64bits(1.0)>>52))
}
