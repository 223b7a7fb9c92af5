package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Quantities with physical dimensions: arithmetic checks the units, as a
// small calculator for engineering notes does.

type Dim [3]int8 // metre, kilogram, second

type Qty struct {
	V float64
	D Dim
}

var ErrDim = errors.New("dimension mismatch")

var names = map[Dim]string{
	{1, 0, 0}: "m", {0, 1, 0}: "kg", {0, 0, 1}: "s", {1, 0, -1}: "m/s", {1, 0, -2}: "m/s²",
	{1, 1, -2}: "N", {2, 1, -2}: "J", {2, 1, -3}: "W", {0, 0, 0}: "",
}

func (d Dim) String() string {
	if n, ok := names[d]; ok {
		return n
	}
	var parts []string
	for i, sym := range []string{"m", "kg", "s"} {
		if d[i] != 0 {
			parts = append(parts, fmt.Sprintf("%s^%d", sym, d[i]))
		}
	}
	return strings.Join(parts, "·")
}

func (q Qty) String() string { return strings.TrimSpace(fmt.Sprintf("%.4g %v", q.V, q.D)) }

func (q Qty) Add(o Qty) (Qty, error) {
	if q.D != o.D {
		return Qty{}, fmt.Errorf("%v + %v: %w", q, o, ErrDim)
	}
	return Qty{q.V + o.V, q.D}, nil
}

func (q Qty) Mul(o Qty) Qty {
	var d Dim
	for i := range d {
		d[i] = q.D[i] + o.D[i]
	}
	return Qty{q.V * o.V, d}
}

func (q Qty) Div(o Qty) Qty {
	var d Dim
	for i := range d {
		d[i] = q.D[i] - o.D[i]
	}
	return Qty{q.V / o.V, d}
}

func M(v float64) Qty  { return Qty{v, Dim{1, 0, 0}} }
func Kg(v float64) Qty { return Qty{v, Dim{0, 1, 0}} }
func S(v float64) Qty  { return Qty{v, Dim{0, 0, 1}} }

func main() {
	dist, t, mass := M(100), S(9.58), Kg(94)
	v := dist.Div(t)
	a := v.Div(S(2))
	f := mass.Mul(a)
	e := f.Mul(dist)
	p := e.Div(t)
	fmt.Println(v, a, f, e, p)
	_, err := dist.Add(t)
	fmt.Println(err, errors.Is(err, ErrDim))
	sum, err := dist.Add(M(0.5))
	fmt.Println(sum, err)
	odd := mass.Mul(mass).Div(t)
	fmt.Println(odd, dist.Div(dist), Qty{3, Dim{-1, 0, 2}})
	units := make([]string, 0, len(names))
	for d, n := range names {
		if n != "" {
			units = append(units, fmt.Sprintf("%s=%v", n, [3]int8(d)))
		}
	}
	sort.Strings(units)
	fmt.Println(units)
	fmt.Println(v.D == Dim{1, 0, -1}, f.D == e.Div(dist).D)
}
