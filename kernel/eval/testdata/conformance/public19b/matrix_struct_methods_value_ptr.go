package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix struct {
	r, c int
	d    []float64
}

var ErrShape = errors.New("shape mismatch")

func New(r, c int, vals ...float64) Matrix {
	m := Matrix{r, c, make([]float64, r*c)}
	copy(m.d, vals)
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := range n {
		m.Set(i, i, 1)
	}
	return m
}

func (m Matrix) At(i, j int) float64     { return m.d[i*m.c+j] }
func (m Matrix) Set(i, j int, v float64) { m.d[i*m.c+j] = v }
func (m *Matrix) Scale(k float64) *Matrix {
	for i := range m.d {
		m.d[i] *= k
	}
	return m
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if m.c != o.r {
		return Matrix{}, fmt.Errorf("mul %dx%d by %dx%d: %w", m.r, m.c, o.r, o.c, ErrShape)
	}
	out := New(m.r, o.c)
	for i := range m.r {
		for j := range o.c {
			var s float64
			for k := range m.c {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m Matrix) T() Matrix {
	out := New(m.c, m.r)
	for i := range m.r {
		for j := range m.c {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

func (m Matrix) String() string {
	var sb strings.Builder
	for i := range m.r {
		for j := range m.c {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%6.2f", m.At(i, j))
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (m Matrix) Clone() Matrix {
	return Matrix{m.r, m.c, append([]float64(nil), m.d...)}
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	fmt.Print(a.T())
	i3 := Identity(3)
	q, _ := a.Mul(i3)
	fmt.Println(q.String() == a.String())
	c := a
	c.Set(0, 0, 100)
	fmt.Println(a.At(0, 0), "shared backing array")
	d := a.Clone()
	d.Set(0, 0, -1)
	fmt.Println(a.At(0, 0), d.At(0, 0))
	a.Scale(0.5).Scale(2).Scale(0.1)
	fmt.Print(a)
	ms := []Matrix{Identity(1), New(1, 1, 5)}
	for _, m := range ms {
		m.Scale(3)
	}
	fmt.Println(ms[0].At(0, 0), ms[1].At(0, 0))
	fmt.Printf("%v|%s", New(1, 2, 1.005, -0.004), New(1, 1, 1e6))
}
