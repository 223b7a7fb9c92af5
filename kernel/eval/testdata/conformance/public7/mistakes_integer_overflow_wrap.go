package main

import (
	"errors"
	"fmt"
	"math"
)

var ErrOverflow = errors.New("integer overflow")

func addInt32(a, b int32) (int32, error) {
	c := a + b
	if (c > a) != (b > 0) {
		return c, ErrOverflow
	}
	return c, nil
}

func mulInt64(a, b int64) (int64, error) {
	if a == 0 || b == 0 {
		return 0, nil
	}
	c := a * b
	if c/b != a || (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) {
		return c, ErrOverflow
	}
	return c, nil
}

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var i32 int32 = math.MaxInt32
	fmt.Println(i32+1, -math.MinInt32 == math.MaxInt32+1)
	fmt.Println(addInt32(math.MaxInt32, 1))
	fmt.Println(addInt32(100, -50))
	fmt.Println(mulInt64(math.MaxInt64/2, 3))
	fmt.Println(mulInt64(-1, math.MinInt64))
	fmt.Println(mulInt64(123456, 654321))
	var m int64 = math.MinInt64
	fmt.Println(-m == m, m/-1, m%-1)
	x := uint32(1 << 31)
	fmt.Println(x<<1, x>>31, int32(x))
	big, two, neg := 70000, 200, int8(-1)
	fmt.Println(uint16(big), int8(two), uint8(neg))
	f := 3.99
	fmt.Println(int(f), int(-f), int64(1e18), uint64(math.MaxUint64), math.MaxUint32)
	var h uint32 = 2166136261
	for _, c := range []byte("overflow") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
	a, b := 7, -2
	fmt.Println(a/b, a%b, -a/2, -a%2, a>>1, -a>>1)
}
