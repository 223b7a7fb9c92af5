package main

import (
	"fmt"
	"math"
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const s = "hello" + ", " + "world"
const l = len(s)
const bb = 3 < 4 && "a" < "b"
const cx = complex(1, 2)

func main() {
	fmt.Println(KB, MB, GB, s, l, bb, cx, real(cx))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.MaxInt8, math.MaxUint16, math.SmallestNonzeroFloat64 > 0)
	const h = ^1
	const m uint8 = ^uint8(1)
	fmt.Println(h, m, -5>>1, -5/2, -5%2)
}
