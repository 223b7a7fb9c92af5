package main

import (
	"fmt"
	"math"
	"strings"
)

func horner(x int64, c []int64) (acc int64) {
	for i := len(c) - 1; i >= 0; i-- {
		acc = acc*x + c[i]
	}
	return
}

type Poly []float64

func (p Poly) String() string {
	var terms []string
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == 0 {
			continue
		}
		switch i {
		case 0:
			terms = append(terms, fmt.Sprintf("%g", p[i]))
		case 1:
			terms = append(terms, fmt.Sprintf("%gx", p[i]))
		default:
			terms = append(terms, fmt.Sprintf("%gx^%d", p[i], i))
		}
	}
	return strings.ReplaceAll(strings.Join(terms, " + "), "+ -", "- ")
}

func (p Poly) Deriv() Poly {
	if len(p) < 2 {
		return Poly{0}
	}
	d := make(Poly, len(p)-1)
	for i := 1; i < len(p); i++ {
		d[i-1] = p[i] * float64(i)
	}
	return d
}

func (p Poly) At(x float64) float64 {
	r := 0.0
	for i := len(p) - 1; i >= 0; i-- {
		r = r*x + p[i]
	}
	return r
}

func newton(p Poly, x float64) float64 {
	d := p.Deriv()
	for i := 0; i < 50; i++ {
		nx := x - p.At(x)/d.At(x)
		if math.Abs(nx-x) < 1e-12 {
			return nx
		}
		x = nx
	}
	return x
}

func simpson(f func(float64) float64, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	s := f(a) + f(b)
	for i := 1; i < n; i++ {
		if i%2 == 1 {
			s += 4 * f(a+float64(i)*h)
		} else {
			s += 2 * f(a+float64(i)*h)
		}
	}
	return s * h / 3
}

func main() {
	fmt.Println(horner(3, []int64{-19, 7, -4, 6}))
	p := Poly{-2, 0, 1}
	fmt.Println(p, "|", p.Deriv(), "|", Poly{1, -3, 0, 2})
	fmt.Printf("%.10f\n", newton(p, 1))
	fmt.Printf("%.6f %.6f\n", simpson(func(x float64) float64 { return x * x * x }, 0, 1, 100), simpson(math.Sin, 0, math.Pi, 1000))
	fmt.Printf("%.8f %.8f\n", math.Cbrt(27), math.Pow(2, 1.0/12))
}
