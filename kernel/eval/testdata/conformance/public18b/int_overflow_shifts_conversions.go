package main

import (
	"fmt"
	"math"
)

type Small int8
type Flags uint16

const (
	A Flags = 1 << iota
	B
	C
	Big = 1 << 62
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var s Small = -128
	s = -s
	fmt.Println(i8, u8, s, -s)
	var u16 uint16 = 65535
	u16 += 2
	var i32 int32 = math.MaxInt32
	i32 *= 2
	fmt.Println(u16, i32, int16(70000&0xffff), uint32(1<<31)+1)
	mi := math.MinInt64
	neg1 := -1
	fmt.Println(mi/neg1, mi%neg1, -mi)
	var x int = 1
	fmt.Println(x<<63, x<<64, uint(1)<<63>>63, int8(1)<<6, uint8(200)>>1, int8(-128)>>7)
	var sh uint = 70
	fmt.Println(1<<sh == 0, int32(-1)>>sh, uint64(1)<<(sh-10))
	try("neg shift", func() {
		n := -1
		fmt.Println(1 << n)
	})
	try("div zero", func() {
		z := 0
		fmt.Println(10 / z)
	})
	try("mod zero", func() {
		z := 0
		fmt.Println(10 % z)
	})
	f := 1e10
	g1, g2 := 300.7, -2.9
	fmt.Println(int32(int64(f)), uint8(int(g1)), int(g2), int(-g2), uint(math.Pow(2, 40)))
	fl := float32(16777217)
	fmt.Println(fl, float32(0.1), float64(float32(0.1)), float32(1)/3)
	fmt.Println(A|C, B&^B, ^A, A<<3, Flags(0xFFFF)-1, Big>>60)
	var ff Flags = A | B
	ff ^= C
	ff &^= A
	fmt.Printf("%04b %v %#x\n", ff, ff&B != 0, ^uint8(0))
	fmt.Println(7/2, -7/2, 7%-2, -7%2, 7.0/2, 1/2*3.0, 3.0*1/2)
	var r rune = 'a' + 1
	b := byte('z') + 10
	fmt.Println(r, string(r), b, string(rune(b)))
	fmt.Println(math.MaxUint32, uint32(math.MaxUint32)-1, math.MaxInt8+1, int64(math.MinInt32)-1)
	c := complex(3, 4)
	fmt.Println(real(c*c), imag(c*1i), c == complex(3, 4), -c)
	var nan = math.NaN()
	m := map[float64]int{nan: 1, nan: 2, 0: 3}
	m[math.Copysign(0, -1)] += 10
	fmt.Println(len(m), m[0], nan == nan, math.Inf(1) > math.MaxFloat64, -0.0 == 0.0)
	h := uint32(2166136261)
	for _, c := range []byte("hash me") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h, int32(h), uint16(h))
}
