package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }

type ID int
type Bytes []byte
type Str string
type Ptr *int

func main() {
	fmt.Println(CToF(100), FToC(212), CToF(-40) == Fahrenheit(-40))
	var i ID = 7
	n := int(i) + 1
	fmt.Printf("%T %v %T %v\n", n, n, ID(n), ID(n))
	b := Bytes("hi")
	s := Str(b)
	fmt.Printf("%T %v %T %q\n", b, b, s, s)
	fmt.Println(string(s) + "!")
	x := 5
	p := Ptr(&x)
	*p = 6
	fmt.Println(x)
	f := 3.99
	fmt.Println(int(f), int(-f), uint8(int(300)&0xff), int8(-1)&0x7f)
}
