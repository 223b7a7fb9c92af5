package main

import "fmt"

func main() {
	var x int32 = -1
	fmt.Println(uint32(x), uint8(x), int64(x), uint64(x))
	var big int64 = 1<<40 + 5
	fmt.Println(int32(big), int16(big), uint8(big))
	var u uint8 = 255
	u++
	fmt.Println(u)
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	f := -2.7
	fmt.Println(int(f), uint8(int8(f)))
	fmt.Println(float32(0.1) == 0.1, float64(float32(0.1)))
	var r rune = 'é'
	fmt.Println(byte(r), string(byte(r)) == "é")
	h := 0xdeadbeef
	fmt.Printf("%x %x\n", uint16(h), int8(h))
}
