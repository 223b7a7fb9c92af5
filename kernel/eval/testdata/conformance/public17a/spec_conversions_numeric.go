package main

import (
	"fmt"
	"math"
)

type MyFloat float64

func main() {
	m1, u16 := int8(-1), uint16(65535)
	fmt.Println(m1&0x7f, uint8(m1), int16(u16))
	v := 3.99
	fmt.Println(int(v), int(-v), int64(math.Floor(-v)))
	var big int64 = 1 << 40
	fmt.Println(int32(big), uint16(big+5), int8(big+255))
	fmt.Println(float32(0.1), float64(float32(0.1)))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	bs := []byte("héllo")
	rs := []rune("héllo")
	fmt.Println(len(bs), len(rs), string(rs[1]), bs[1])
	fmt.Println(string(bs[:2]), string(rs[:2]))
	mf := MyFloat(2.5)
	fmt.Println(float64(mf)*2, int(mf))
	var c complex128 = complex(1, 2)
	fmt.Println(real(c), imag(c), c*c, complex64(c))
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	a2 := [3]int(sl)
	a2[0] = 100
	ap := (*[2]int)(sl)
	ap[1] = 200
	fmt.Println(arr, a2)
}
