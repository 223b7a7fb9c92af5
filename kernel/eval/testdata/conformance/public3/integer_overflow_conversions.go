package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var i32 int32 = math.MaxInt32
	i32 += 1
	fmt.Println(i32)
	var u16 uint16 = 65535
	u16 *= 2
	fmt.Println(u16)
	x := 300
	fmt.Println(uint8(x), int8(x), byte(x>>4))
	f := 3.99
	fmt.Println(int(f), int(-f), uint(f), int64(math.Floor(-f)))
	big := 1e10
	fmt.Println(int32(int64(big)), float32(0.1), float64(float32(0.1)))
	var r rune = 'A' + 2
	fmt.Println(r, string(r), byte('a')-32, 'z'-'a')
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint16, math.MaxInt32, math.MinInt64)
	n := math.MinInt64
	fmt.Println(-n == n, n/-1)
	a, b := 7, -2
	fmt.Println(a/b, a%b, -a/b, -a%b, a>>1, -a>>1, uint32(1)<<31)
	var sh uint = 70
	fmt.Println(1<<sh == 0, int64(1)<<62, uint64(1)<<63)
	fmt.Println(0.1+0.2 == 0.3, 0.1+0.2, float32(0.1)+float32(0.2))
	c := 0.1
	d := 0.2
	fmt.Println(c+d == 0.3, c+d)
	fmt.Println(math.Float64bits(1.0), math.Float32frombits(0x40490fdb))
	s := "héllo"
	bs := []byte(s)
	rs := []rune(s)
	fmt.Println(len(bs), len(rs), string(bs[1:3]), string(rs[1]), bs[1])
	fmt.Println(string([]byte{0xff, 'a'}), []rune(string([]byte{0xff})))
	var iface any = uint8(200)
	if v, ok := iface.(uint8); ok {
		fmt.Println(int(v) + 100)
	}
	type Celsius float64
	type Fahrenheit float64
	cc := Celsius(100)
	ff := Fahrenheit(cc*9/5 + 32)
	fmt.Println(ff, float64(ff)-float64(cc))
	fmt.Printf("%T %T %T\n", 1<<3, 2.0*3, 'a'*2)
}
