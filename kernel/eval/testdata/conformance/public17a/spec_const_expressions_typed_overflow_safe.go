package main

import (
	"fmt"
	"math"
	"time"
)

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
)

const maxU8 = math.MaxUint8
const mask = maxU8 &^ 0x0F

func main() {
	fmt.Println(Second, Millisecond*250)
	fmt.Printf("%T %T\n", Microsecond, mask)
	var b byte = mask
	fmt.Println(b, ^uint8(0), ^0)
	fmt.Println(time.Duration(Second*3).String(), 90*time.Second)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
	const str = "const" + "ant"
	var arr [len(str)]bool
	fmt.Println(len(arr), str[2:4])
	fmt.Println(math.Pi*2, float32(math.Pi))
	const shifted = 1 << 62 >> 60
	fmt.Println(shifted)
}
