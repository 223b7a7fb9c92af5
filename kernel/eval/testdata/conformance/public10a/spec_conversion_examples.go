package main

import (
	"fmt"
	"math"
)

type myString string
type myBytes []byte
type myRunes []rune

func main() {
	fmt.Println(string(rune('a')), string(rune(-1)), string(rune(0xf8)), myString(rune(0x65e5)))
	fmt.Printf("%q\n", string([]byte{'h', 'e', 'l', 'l', '\xc3', '\xb8'}))
	fmt.Printf("%q %q\n", string([]byte{}), string([]byte(nil)))
	fmt.Printf("%q\n", string(myBytes{'h', 'e', 'l', 'l', '\xc3', '\xb8'}))
	fmt.Printf("%q\n", string([]rune{0x767d, 0x9d6c, 0x7fd4}))
	fmt.Printf("%q\n", myString(myRunes{0x1f30e}))
	fmt.Println([]byte("hellø"), []rune(myString("白鵬翔")))
	fmt.Println(myBytes("hellø"), myRunes("白鵬翔"))
	// Numeric conversions.
	var f float64 = -3.9
	fmt.Println(int(f), uint8(int(f)), int64(math.Trunc(2.5)), float32(0.1) == 0.1)
	var big int64 = 1<<40 + 5
	fmt.Println(int32(big), uint16(big), int8(big))
	var u uint = math.MaxUint
	fmt.Println(int(u), float32(1<<24+1))
	c := complex(1, 2)
	fmt.Println(complex64(c), real(c), imag(complex64(c)))
	s := []int{1, 2, 3, 4}
	arr := [4]int(s)
	ap := (*[2]int)(s)
	ap[0] = 99
	fmt.Println(arr, s, len(ap))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = [8]int(s)
	}()
	var empty []int
	fmt.Println((*[0]int)(empty) == nil, [0]int(empty))
}
