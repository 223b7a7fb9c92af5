package main

import (
	"fmt"
	"math/big"
)

type Mat [][]*big.Rat

func parse(rows [][]int64) Mat {
	m := make(Mat, len(rows))
	for i, r := range rows {
		m[i] = make([]*big.Rat, len(r))
		for j, v := range r {
			m[i][j] = big.NewRat(v, 1)
		}
	}
	return m
}

func minor(m Mat, row, col int) Mat {
	var out Mat
	for i, r := range m {
		if i == row {
			continue
		}
		var nr []*big.Rat
		for j, v := range r {
			if j != col {
				nr = append(nr, v)
			}
		}
		out = append(out, nr)
	}
	return out
}

func det(m Mat) *big.Rat {
	if len(m) == 1 {
		return new(big.Rat).Set(m[0][0])
	}
	sum := new(big.Rat)
	for j := range m[0] {
		term := new(big.Rat).Mul(m[0][j], det(minor(m, 0, j)))
		if j%2 == 1 {
			term.Neg(term)
		}
		sum.Add(sum, term)
	}
	return sum
}

func inverse(m Mat) (Mat, bool) {
	d := det(m)
	if d.Sign() == 0 {
		return nil, false
	}
	n := len(m)
	inv := make(Mat, n)
	for i := range inv {
		inv[i] = make([]*big.Rat, n)
		for j := range inv[i] {
			c := det(minor(m, j, i))
			if (i+j)%2 == 1 {
				c.Neg(c)
			}
			inv[i][j] = c.Quo(c, d)
		}
	}
	return inv, true
}

func show(m Mat) string {
	s := ""
	for _, r := range m {
		s += "["
		for j, v := range r {
			if j > 0 {
				s += " "
			}
			s += v.RatString()
		}
		s += "]"
	}
	return s
}

func main() {
	a := parse([][]int64{{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}})
	fmt.Println("det:", det(a).RatString())
	inv, ok := inverse(a)
	fmt.Println(ok, show(inv))
	s := parse([][]int64{{1, 2}, {2, 4}})
	_, ok = inverse(s)
	fmt.Println("singular invertible:", ok, det(s))
	h := make(Mat, 4)
	for i := range h {
		h[i] = make([]*big.Rat, 4)
		for j := range h[i] {
			h[i][j] = big.NewRat(1, int64(i+j+1))
		}
	}
	fmt.Println("hilbert det:", det(h).RatString())
	hi, _ := inverse(h)
	fmt.Println(hi[0][0], hi[3][3])
}
