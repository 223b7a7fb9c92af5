package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rectangle struct{ Width, Height float64 }
type Circle struct{ Radius float64 }
type Triangle struct{ Base, Height float64 }

func (r Rectangle) Area() float64      { return r.Width * r.Height }
func (r Rectangle) Perimeter() float64 { return 2 * (r.Width + r.Height) }
func (c Circle) Area() float64         { return math.Pi * c.Radius * c.Radius }
func (c Circle) Perimeter() float64    { return 2 * math.Pi * c.Radius }
func (t Triangle) Area() float64       { return (t.Base * t.Height) * 0.5 }
func (t Triangle) Perimeter() float64 {
	side := math.Hypot(t.Base/2, t.Height)
	return t.Base + 2*side
}

func main() {
	areaTests := []struct {
		name    string
		shape   Shape
		hasArea float64
	}{
		{name: "Rectangle", shape: Rectangle{Width: 12, Height: 6}, hasArea: 72.0},
		{name: "Circle", shape: Circle{Radius: 10}, hasArea: 314.1592653589793},
		{name: "Triangle", shape: Triangle{Base: 12, Height: 6}, hasArea: 36.0},
	}
	for _, tt := range areaTests {
		got := tt.shape.Area()
		if got != tt.hasArea {
			fmt.Printf("%#v got %g want %g\n", tt.shape, got, tt.hasArea)
		} else {
			fmt.Printf("PASS %s %v %.3f\n", tt.name, tt.shape, tt.shape.Perimeter())
		}
	}
	var total float64
	shapes := []Shape{Rectangle{1, 2}, Circle{1}, Triangle{3, 4}, &Rectangle{2, 2}}
	for i, s := range shapes {
		total += s.Area()
		switch v := s.(type) {
		case Rectangle, *Rectangle:
			fmt.Printf("%d rect-ish %T %v\n", i, v, v)
		case Circle:
			fmt.Printf("%d circle r=%v\n", i, v.Radius)
		default:
			fmt.Printf("%d other %+v\n", i, v)
		}
	}
	fmt.Printf("%.6f %v %e\n", total, total, total)
	fmt.Println(math.Sqrt(2), math.Cbrt(27), math.Pow(2, 0.5), math.Log(math.E), math.Log10(0.001), math.Log2(1024))
	fmt.Println(math.Sin(math.Pi), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Atan2(1, -1))
	fmt.Println(math.Floor(-1.5), math.Ceil(-1.5), math.Abs(-0.0), math.Max(3, math.NaN()), math.Min(-0.0, 0))
	fmt.Println(math.Hypot(3, 4), math.Exp(1), math.Expm1(1e-10), math.Gamma(5), math.Float64bits(1.0))
	fr, ex := math.Frexp(8)
	ip, fp := math.Modf(-3.75)
	fmt.Println(fr, ex, ip, fp, math.Ldexp(0.5, 4), math.Nextafter(1, 2)-1)
}
