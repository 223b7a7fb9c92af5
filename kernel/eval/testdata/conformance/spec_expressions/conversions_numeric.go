package main

import "fmt"

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f), int64(f*100), uint8(int(f)))
	i := 300
	fmt.Println(uint8(i), int8(i), float32(i)/7)
	var big int64 = 1 << 40
	fmt.Println(int32(big), int16(big+5))
	u := uint32(1<<32 - 1)
	fmt.Println(int32(u), float64(u))
	c := complex(float32(1.5), 2)
	fmt.Printf("%T %v\n", c, complex128(c))
	fmt.Println(float32(0.1), float64(float32(0.1)))
}
