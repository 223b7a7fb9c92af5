package main

import (
	"fmt"
	"math"
)

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c int16 = -32768
	c = -c
	fmt.Println(c)
	var d int32 = math.MaxInt32
	d += 1
	fmt.Println(d)
	var e int64 = math.MinInt64
	fmt.Println(e/-1, e%-1, -e)
	var u uint32 = 1 << 31
	fmt.Println(u*2, u<<1, u>>31)
	var x uint64 = math.MaxUint64
	fmt.Println(x+1, x*x, x/3)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2, -7/-2, -7%-2)
	big := 300
	fmt.Println(-7>>1, 7>>1, -1>>10, int8(-128)>>1)
	n := -7
	fmt.Println(n/2, n%2, n>>1, n&1, n&^2, ^n)
	var sh uint = 70
	fmt.Println(1<<sh == 0, int64(1)<<62, uint8(200)+uint8(big%256))
	var m8 int8 = -128
	fmt.Println(m8/-1, m8*-1, m8-1)
	f := 3.9
	g := -3.9
	fmt.Println(int(f), int(g), int64(math.Floor(g)), uint8(int(f)))
	fmt.Println(uint8(big), int8(big), uint16(-1*big))
	fmt.Println(0.1+0.2, float32(0.1)+float32(0.2), -1/math.Inf(1))
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero, math.IsNaN(zero/zero))
	fmt.Println(math.MaxInt8, math.MinInt16, math.MaxUint16, uint64(math.MaxUint64))
	h := 0
	for i := 0; i < 100; i++ {
		h = h*31 + i
	}
	fmt.Println(h)
	var hash uint32 = 2166136261
	for _, ch := range []byte("hello") {
		hash ^= uint32(ch)
		hash *= 16777619
	}
	fmt.Println(hash)
	fmt.Println(7&3, 7|8, 7^2, 1<<3|1, 6&^4)
	var i32 int32 = -5
	fmt.Println(uint32(i32), uint64(i32), int64(uint32(i32)))
	fmt.Printf("%b %o %x %X %#x\n", -5, 64, 255, -255, uint8(200))
	fmt.Println(math.Trunc(-2.5), math.Round(-2.5), math.RoundToEven(2.5), math.Mod(-7, 3), math.Remainder(7, 3))
	fmt.Println(5.0/2, 5/2, float64(5)/2)
	const huge = 1 << 100
	fmt.Println(huge>>98, huge/(1<<99))
	var r rune = 'a'
	r += 2
	fmt.Println(r, string(r), r-'a')
	var by byte = 'z'
	by++
	fmt.Println(by, string(rune(by)))
	fmt.Println(int64(math.MaxInt32)*2, int32(int64(d)*2))
}
