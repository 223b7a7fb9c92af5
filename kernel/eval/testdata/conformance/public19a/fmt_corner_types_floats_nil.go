package main

import (
	"errors"
	"fmt"
	"math"
)

type Op func(int, ...string) (bool, error)

type Rec struct {
	S  []int
	M  map[string]int
	P  *int
	F  func()
	C  chan int
	I  any
	E  error
	B  []byte
	A  [0]int
	Cx complex128
}

func main() {
	var r Rec
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Printf("%#v %#v %#v %#v\n", r.S, []int{}, r.M, map[string]int{})
	fmt.Printf("%#v %#v %#v\n", r.B, []byte{}, [0]int{})
	fmt.Printf("%T|%T|%T|%T\n", Op(nil), make(chan<- int), make(<-chan string), func(...int) {})
	fmt.Printf("%T %T %T\n", struct{ a int }{}, [2][]map[string]*int{}, (*error)(nil))
	fmt.Println(complex(1, -2), complex64(complex(0.5, 0)), real(3+4i), imag(3+4i))
	fmt.Printf("%.2f %v %g %e\n", 1.5+2.25i, -1i, complex(math.Inf(1), math.NaN()), 1+1i)
	negz := math.Copysign(0, -1)
	fmt.Println(negz, -0.0, 1/negz, math.Signbit(negz))
	fmt.Printf("%v %.1f %g %e %+v\n", negz, negz, negz, negz, 0.0)
	fmt.Printf("%x %X %b\n", 1.5, 255.0, 2.0)
	fmt.Println(float32(0.1), float64(float32(0.1)), float32(1)/3, 1.0/3)
	fmt.Println(1e6, 1e20, 1e21, 123456789.0, 1234567890123.0, 0.000001, 0.0000001, 100.0)
	fmt.Println(float32(1e6), float32(1e7), float32(16777217), float32(3.4e38))
	fmt.Printf("%g %G %.3g %.10g %g\n", 1e-5, 1e-5, 1234.5678, 1.0/3, 1e100)
	fmt.Printf("%6.2f|%-8.3f|%+.1e|% f|%08.2f\n", math.Pi, math.E, 12345.678, 2.5, -3.14159)
	fmt.Printf("%v %v %v %.2f\n", math.Inf(1), math.Inf(-1), math.NaN(), math.Inf(1))
	fmt.Printf("%5.1f|%-6v|%06v\n", math.NaN(), math.Inf(-1), math.Inf(1))
	fmt.Printf("%08b|%+d|% d|% d|%x|%X\n", -5, 5, 5, -5, -255, -255)
	fmt.Printf("%U %c %c %q %q\n", rune(-1), 65, 0x1F600, rune(0x110000), 'x')
	var nilErr error
	fmt.Printf("%s|%d|%v|%x\n", nilErr, nil, nil, nil)
	var np *Rec
	fmt.Println([]*Rec{nil, np}, map[string]*int{"a": nil})
	fmt.Printf("%s %v\n", errors.New("e1"), []error{nil, errors.New("e2")})
	fmt.Printf("%v %d %s\n", []any{1, "a"}, []any{1, "a"}, []any{1, "a"})
	fmt.Printf("%5v|%-5v|%05d\n", []int{1, 22}, []string{"a"}, []int{3, -4})
	fmt.Printf("%x %X %x\n", []int{10, 255}, "Hi", [3]uint8{1, 2, 255})
	fmt.Printf("%q %v %s\n", []rune("hé"), []rune("hé"), string([]rune("hé")))
	fmt.Printf("%t %v\n", []bool{true, false}, map[bool]int{true: 1, false: 0})
	fmt.Printf("%v %v\n", map[float64]string{math.NaN(): "nan", -1: "neg", math.Inf(1): "inf", 0: "zero"}, map[[2]int]bool{{2, 1}: true, {1, 9}: false})
	fmt.Printf("%v\n", map[any]int{"b": 1, 2: 2, "a": 3, 1: 4, 2.5: 5, false: 6})
	fmt.Printf("%d %s\n", []uint8{1, 2}, []uint8{65, 66})
	fmt.Printf("%p\n", nil)
	fmt.Printf("%.3s|%.10s|%5.1s|\n", "abcdef", "ab", "xyz")
	fmt.Printf("%3c|%-3c|%03d|%+.2d\n", 'a', 'b', 7, 3)
	fmt.Printf("%#o %#b %#X %O\n", 8, 5, 255, 8)
	fmt.Printf("%v %v\n", int8(-128), uint64(math.MaxUint64))
	fmt.Println(fmt.Sprintf("%[3]v %[1]v %v", 1, 2, 3), fmt.Sprintf("%[5]d", 1))
	fmt.Println(fmt.Sprintf("%.*d|%-*d|", -1, 5, -4, 6))
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil, nil), fmt.Sprint(1, 2), fmt.Sprint("a", "b"), fmt.Sprint(1, "a", 2))
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 3, 4, "y\n")
}
