package main

import (
	"fmt"
	"image"
	"image/color"
	"io"
	"math"
	"strings"
)

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprintf("cannot Sqrt negative number: %v", float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z := 1.0
	for i := 0; i < 10; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z, nil
}

type IPAddr [4]byte

func (ip IPAddr) String() string { return fmt.Sprintf("%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3]) }

type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

type rot13Reader struct{ r io.Reader }

func (rr rot13Reader) Read(b []byte) (int, error) {
	n, err := rr.r.Read(b)
	for i := 0; i < n; i++ {
		c := b[i]
		switch {
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+13)%26
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+13)%26
		}
	}
	return n, err
}

type Image struct{ w, h int }

func (i Image) ColorModel() color.Model { return color.RGBAModel }
func (i Image) Bounds() image.Rectangle { return image.Rect(0, 0, i.w, i.h) }
func (i Image) At(x, y int) color.Color { v := uint8(x ^ y); return color.RGBA{v, v, 255, 255} }

type Vertex struct{ X, Y float64 }

func (v Vertex) Abs() float64 { return math.Sqrt(v.X*v.X + v.Y*v.Y) }
func (v *Vertex) Scale(f float64) {
	v.X = v.X * f
	v.Y = v.Y * f
}

type Abser interface{ Abs() float64 }

type MyFloat float64

func (f MyFloat) Abs() float64 {
	if f < 0 {
		return float64(-f)
	}
	return float64(f)
}

func main() {
	fmt.Println(Sqrt(2))
	fmt.Println(Sqrt(-2))
	hosts := map[string]IPAddr{"loopback": {127, 0, 0, 1}, "googleDNS": {8, 8, 8, 8}}
	for _, name := range []string{"googleDNS", "loopback"} {
		fmt.Printf("%v: %v\n", name, hosts[name])
	}
	b := make([]byte, 4)
	n, err := MyReader{}.Read(b)
	fmt.Println(n, err, string(b))
	s := strings.NewReader("Lbh penpxrq gur pbqr!")
	r := rot13Reader{s}
	out, _ := io.ReadAll(r)
	fmt.Println(string(out))
	m := Image{4, 3}
	fmt.Println(m.Bounds(), m.At(2, 1), m.ColorModel() == color.RGBAModel)
	var a Abser
	f := MyFloat(-math.Sqrt2)
	v := Vertex{3, 4}
	a = f
	fmt.Println(a.Abs())
	a = &v
	fmt.Println(a.Abs())
	v.Scale(10)
	fmt.Println(v, a.Abs())
	var i interface{} = "hello"
	s2, ok := i.(string)
	fmt.Println(s2, ok)
	fl, ok := i.(float64)
	fmt.Println(fl, ok)
	describe := func(i interface{}) { fmt.Printf("(%v, %T)\n", i, i) }
	describe(42)
	describe("hello")
	describe(nil)
	rd := strings.NewReader("Hello, Reader!")
	buf := make([]byte, 8)
	for {
		n, err := rd.Read(buf)
		fmt.Printf("n = %v err = %v b = %v\n", n, err, buf)
		fmt.Printf("b[:n] = %q\n", buf[:n])
		if err == io.EOF {
			break
		}
	}
}
