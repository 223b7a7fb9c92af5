package main

import "fmt"

type Celsius float32
type Kelvin float32

type myInt int

func main() {
	var c Celsius = -273.15
	k := Kelvin(c + 273.15)
	fmt.Println(k, Celsius(k)-273.15)
	u := uint32(0xFFFFFFFF)
	fmt.Println(u, int32(u), int32(-1) == int32(u))
	x := myInt(7)
	fmt.Println(float64(x)/2, int(x)/2, x*2)
	var f32 float32 = 0.49999999
	fmt.Println(f32, float64(f32) == 0.49999999, int(f32+0.5))
	fmt.Println(string(rune(0x65e5)), []byte("€"), string([]byte{0xe2, 0x82, 0xac}))
	var b byte = 255
	var i8 = int8(b)
	fmt.Println(i8, uint16(i8), int64(i8))
	const big = 1 << 62
	fmt.Println(float32(big), int64(float64(big)))
	var neg float64 = -1.5
	fmt.Println(int(neg), int64(neg*3))
}
