package main

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"strings"
)

type Mat [][]float64

func New(r, c int) Mat {
	m := make(Mat, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Mat {
	m := New(n, n)
	for i := range m {
		m[i][i] = 1
	}
	return m
}

var ErrShape = errors.New("shape mismatch")
var ErrSingular = errors.New("singular matrix")

func (a Mat) Mul(b Mat) (Mat, error) {
	if len(a[0]) != len(b) {
		return nil, fmt.Errorf("%dx%d * %dx%d: %w", len(a), len(a[0]), len(b), len(b[0]), ErrShape)
	}
	out := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out, nil
}

func (a Mat) T() Mat {
	out := New(len(a[0]), len(a))
	for i := range a {
		for j := range a[i] {
			out[j][i] = a[i][j]
		}
	}
	return out
}

func (a Mat) Inverse() (Mat, float64, error) {
	n := len(a)
	m := New(n, 2*n)
	for i := range a {
		copy(m[i], a[i])
		m[i][n+i] = 1
	}
	det := 1.0
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		if math.Abs(m[p][c]) < 1e-12 {
			return nil, 0, ErrSingular
		}
		if p != c {
			m[p], m[c] = m[c], m[p]
			det = -det
		}
		det *= m[c][c]
		pv := m[c][c]
		for j := range m[c] {
			m[c][j] /= pv
		}
		for r := 0; r < n; r++ {
			if r != c {
				f := m[r][c]
				for j := range m[r] {
					m[r][j] -= f * m[c][j]
				}
			}
		}
	}
	inv := New(n, n)
	for i := range inv {
		copy(inv[i], m[i][n:])
	}
	return inv, det, nil
}

func (a Mat) String() string {
	var sb strings.Builder
	for _, r := range a {
		for j, v := range r {
			if j > 0 {
				sb.WriteByte(' ')
			}
			if math.Abs(v) < 1e-9 {
				v = 0
			}
			fmt.Fprintf(&sb, "%7.3f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func detRat(m [][]int64) *big.Rat {
	n := len(m)
	a := make([][]*big.Rat, n)
	for i := range m {
		a[i] = make([]*big.Rat, n)
		for j := range m[i] {
			a[i][j] = big.NewRat(m[i][j], 1)
		}
	}
	det := big.NewRat(1, 1)
	for c := 0; c < n; c++ {
		p := -1
		for r := c; r < n; r++ {
			if a[r][c].Sign() != 0 {
				p = r
				break
			}
		}
		if p < 0 {
			return new(big.Rat)
		}
		if p != c {
			a[p], a[c] = a[c], a[p]
			det.Neg(det)
		}
		det.Mul(det, a[c][c])
		for r := c + 1; r < n; r++ {
			f := new(big.Rat).Quo(a[r][c], a[c][c])
			for j := c; j < n; j++ {
				a[r][j].Sub(a[r][j], new(big.Rat).Mul(f, a[c][j]))
			}
		}
	}
	return det
}

func main() {
	a := Mat{{2, 1, 1}, {1, 3, 2}, {1, 0, 0}}
	inv, det, err := a.Inverse()
	fmt.Println(det, err)
	fmt.Print(inv)
	p, _ := a.Mul(inv)
	fmt.Print(p)
	_, err = a.Mul(Mat{{1, 2}})
	fmt.Println(err, errors.Is(err, ErrShape))
	_, _, err = Mat{{1, 2}, {2, 4}}.Inverse()
	fmt.Println(err)
	fmt.Print(Mat{{1, 2, 3}, {4, 5, 6}}.T())
	id := Identity(3)
	q, _ := id.Mul(a)
	fmt.Println(q.String() == a.String())
	fmt.Println(detRat([][]int64{{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}), detRat([][]int64{{1, 2}, {2, 4}}), detRat([][]int64{{0, 1}, {1, 0}}))
	h := make([][]int64, 4)
	for i := range h {
		h[i] = make([]int64, 4)
		for j := range h[i] {
			h[i][j] = int64(i*4 + j + 1)
		}
	}
	h[0][0] = 10
	fmt.Println(detRat(h))
}
