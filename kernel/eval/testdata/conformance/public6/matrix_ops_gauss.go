package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Dims() (int, int) { return len(m), len(m[0]) }

var ErrShape = errors.New("shape mismatch")
var ErrSingular = errors.New("singular matrix")

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	r, k := m.Dims()
	k2, c := o.Dims()
	if k != k2 {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", r, k, k2, c, ErrShape)
	}
	out := New(r, c)
	for i := range r {
		for j := range c {
			var s float64
			for x := range k {
				s += m[i][x] * o[x][j]
			}
			out[i][j] = s
		}
	}
	return out, nil
}

func (m Matrix) T() Matrix {
	r, c := m.Dims()
	out := New(c, r)
	for i, row := range m {
		for j, v := range row {
			out[j][i] = v
		}
	}
	return out
}

func (m Matrix) Clone() Matrix {
	out := make(Matrix, len(m))
	for i := range m {
		out[i] = append([]float64(nil), m[i]...)
	}
	return out
}

// Inverse by Gauss-Jordan elimination with partial pivoting.
func (m Matrix) Inverse() (Matrix, float64, error) {
	n, c := m.Dims()
	if n != c {
		return nil, 0, ErrShape
	}
	a := m.Clone()
	inv := Identity(n)
	det := 1.0
	for col := range n {
		piv := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[piv][col]) {
				piv = r
			}
		}
		if math.Abs(a[piv][col]) < 1e-12 {
			return nil, 0, fmt.Errorf("column %d: %w", col, ErrSingular)
		}
		if piv != col {
			a[piv], a[col] = a[col], a[piv]
			inv[piv], inv[col] = inv[col], inv[piv]
			det = -det
		}
		p := a[col][col]
		det *= p
		for j := range n {
			a[col][j] /= p
			inv[col][j] /= p
		}
		for r := range n {
			if r == col {
				continue
			}
			f := a[r][col]
			for j := range n {
				a[r][j] -= f * a[col][j]
				inv[r][j] -= f * inv[col][j]
			}
		}
	}
	return inv, det, nil
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			if math.Abs(v) < 1e-9 {
				v = 0
			}
			fmt.Fprintf(&sb, "%8.3f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	a := Matrix{{4, 7, 2}, {3, 6, 1}, {2, 5, 3}}
	inv, det, err := a.Inverse()
	fmt.Println("det:", math.Round(det*1000)/1000, err)
	fmt.Print(inv)
	prod, _ := a.Mul(inv)
	fmt.Print(prod)
	b := Matrix{{1, 2, 3}, {4, 5, 6}}
	fmt.Print(b.T())
	_, err = b.Mul(b)
	fmt.Println(err, errors.Is(err, ErrShape))
	_, _, err = Matrix{{1, 2}, {2, 4}}.Inverse()
	fmt.Println(err, errors.Is(err, ErrSingular))
	bt, _ := b.Mul(b.T())
	fmt.Printf("%v", bt)
	var arr [3][3]int
	for i := range 3 {
		for j := range 3 {
			arr[i][j] = i*3 + j
		}
	}
	cp := arr
	cp[1][1] = 100
	fmt.Println(arr, cp, arr == cp)
}
