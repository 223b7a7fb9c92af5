package main

import (
	"fmt"
	"strings"
)

type Num interface{ ~int | ~int64 | ~float64 }

// Poly holds coefficients, lowest degree first.
type Poly[T Num] []T

func (p Poly[T]) trim() Poly[T] {
	for len(p) > 0 && p[len(p)-1] == 0 {
		p = p[:len(p)-1]
	}
	return p
}

func (p Poly[T]) Degree() int { return len(p.trim()) - 1 }

func (p Poly[T]) Add(q Poly[T]) Poly[T] {
	out := make(Poly[T], max(len(p), len(q)))
	for i := range out {
		if i < len(p) {
			out[i] += p[i]
		}
		if i < len(q) {
			out[i] += q[i]
		}
	}
	return out.trim()
}

func (p Poly[T]) Mul(q Poly[T]) Poly[T] {
	if len(p) == 0 || len(q) == 0 {
		return nil
	}
	out := make(Poly[T], len(p)+len(q)-1)
	for i, a := range p {
		for j, b := range q {
			out[i+j] += a * b
		}
	}
	return out.trim()
}

func (p Poly[T]) Eval(x T) T {
	var r T
	for i := len(p) - 1; i >= 0; i-- {
		r = r*x + p[i]
	}
	return r
}

func (p Poly[T]) Deriv() Poly[T] {
	if len(p) <= 1 {
		return nil
	}
	out := make(Poly[T], len(p)-1)
	for i := 1; i < len(p); i++ {
		out[i-1] = p[i] * T(i)
	}
	return out.trim()
}

func (p Poly[T]) String() string {
	p = p.trim()
	if len(p) == 0 {
		return "0"
	}
	var sb strings.Builder
	for i := len(p) - 1; i >= 0; i-- {
		c := p[i]
		if c == 0 {
			continue
		}
		if sb.Len() > 0 {
			if c < 0 {
				sb.WriteString(" - ")
				c = -c
			} else {
				sb.WriteString(" + ")
			}
		} else if c < 0 {
			sb.WriteString("-")
			c = -c
		}
		if c != 1 || i == 0 {
			fmt.Fprint(&sb, c)
		}
		switch i {
		case 0:
		case 1:
			sb.WriteString("x")
		default:
			fmt.Fprintf(&sb, "x^%d", i)
		}
	}
	return sb.String()
}

func main() {
	p := Poly[int]{-1, 0, 3}
	q := Poly[int]{2, 1}
	fmt.Println("p =", p, " q =", q)
	fmt.Println("p+q =", p.Add(q))
	fmt.Println("p*q =", p.Mul(q), "degree", p.Mul(q).Degree())
	fmt.Println("p(2) =", p.Eval(2), " (p*q)(-1) =", p.Mul(q).Eval(-1))
	fmt.Println("p' =", p.Deriv(), " (p*q)' =", p.Mul(q).Deriv())
	fmt.Println(Poly[int]{0, 0}, Poly[int]{5}, Poly[int]{0, -1}.Add(Poly[int]{0, 1}))
	f := Poly[float64]{0.5, -1.5, 0, 2}
	fmt.Println(f, f.Eval(0.5), f.Deriv())
	fmt.Printf("%v|%s|%d\n", q, q, []int(q))
}
