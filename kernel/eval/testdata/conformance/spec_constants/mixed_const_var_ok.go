package main

import (
	"fmt"
	"time"
)

func main() {
	const x = 1.5
	var i int = x * 2
	var f float32 = 0.1
	const g float32 = 0.1
	fmt.Println(i, float64(f), float64(g), g*3 == 0.3)
	n := 10
	fmt.Println(n*2.0, n/2.0, n+'a')
	var b byte = 255
	b = b + 1
	fmt.Println(b, b+255)
	var y int64 = 5
	fmt.Println(y + 9223372036854775807)
	fmt.Printf("%v %v\n", uint64(1<<64-1), ^uint64(0)>>1)
	d := 3 * time.Second
	fmt.Println(d, 3*time.Second/2, time.Duration(2.0)*time.Millisecond, d/2)
	const c = 1 << 511
	fmt.Println(c>>510, (c-1)>>509, float64(c) > 1e150)
}
