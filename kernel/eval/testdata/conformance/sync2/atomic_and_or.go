package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var f atomic.Uint32
	f.Store(0b1010)
	old := f.Or(0b0101)
	fmt.Printf("%04b %04b\n", old, f.Load())
	old = f.And(0b0110)
	fmt.Printf("%04b %04b\n", old, f.Load())
	var x int32 = 12
	fmt.Println(atomic.AndInt32(&x, 4), x)
	fmt.Println(atomic.OrInt32(&x, 3), x)
}
