package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix struct {
	r, c int
	data []float64
}

var ErrShape = errors.New("shape mismatch")

func New(r, c int, vals ...float64) *Matrix {
	m := &Matrix{r, c, make([]float64, r*c)}
	copy(m.data, vals)
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := range n {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.c+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.c+j] = v }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.c != o.r {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.r, m.c, o.r, o.c, ErrShape)
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

func (m *Matrix) T() *Matrix {
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
		sb.WriteString("|")
		for j := range m.c {
			fmt.Fprintf(&sb, "%6.2f", m.At(i, j))
		}
		sb.WriteString(" |\n")
	}
	return sb.String()
}

func (m *Matrix) Det() float64 {
	if m.r == 1 {
		return m.data[0]
	}
	if m.r == 2 {
		return m.At(0, 0)*m.At(1, 1) - m.At(0, 1)*m.At(1, 0)
	}
	var d float64
	sign := 1.0
	for j := range m.c {
		sub := New(m.r-1, m.c-1)
		for i := 1; i < m.r; i++ {
			cj := 0
			for k := range m.c {
				if k == j {
					continue
				}
				sub.Set(i-1, cj, m.At(i, k))
				cj++
			}
		}
		d += sign * m.At(0, j) * sub.Det()
		sign = -sign
	}
	return d
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	fmt.Print(a)
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	fmt.Print(a.T())
	i3 := Identity(3)
	q, _ := b.T().Mul(i3)
	fmt.Printf("%v", *q)
	m := New(3, 3, 2, -3, 1, 2, 0, -1, 1, 4, 5)
	fmt.Println("det:", m.Det())
	fmt.Println(fmt.Sprint(Identity(2)) == Identity(2).String())
	fmt.Printf("%s", []*Matrix{Identity(1), New(1, 1, 9)})
	fmt.Println()
}
