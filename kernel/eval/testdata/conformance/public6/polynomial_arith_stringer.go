package main

import (
	"fmt"
	"strings"
)

type Poly []int // coefficients, lowest degree first

func (p Poly) trim() Poly {
	for len(p) > 0 && p[len(p)-1] == 0 {
		p = p[:len(p)-1]
	}
	return p
}

func (p Poly) Add(q Poly) Poly {
	out := make(Poly, max(len(p), len(q)))
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

func (p Poly) Mul(q Poly) Poly {
	if len(p) == 0 || len(q) == 0 {
		return nil
	}
	out := make(Poly, len(p)+len(q)-1)
	for i, a := range p {
		for j, b := range q {
			out[i+j] += a * b
		}
	}
	return out.trim()
}

func (p Poly) Eval(x int) int {
	r := 0
	for i := len(p) - 1; i >= 0; i-- {
		r = r*x + p[i]
	}
	return r
}

func (p Poly) Deriv() Poly {
	if len(p) <= 1 {
		return nil
	}
	out := make(Poly, len(p)-1)
	for i := 1; i < len(p); i++ {
		out[i-1] = p[i] * i
	}
	return out
}

func (p Poly) String() string {
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
		switch {
		case sb.Len() == 0 && c < 0:
			sb.WriteString("-")
		case sb.Len() > 0 && c < 0:
			sb.WriteString(" - ")
		case sb.Len() > 0:
			sb.WriteString(" + ")
		}
		if c < 0 {
			c = -c
		}
		if c != 1 || i == 0 {
			fmt.Fprint(&sb, c)
		}
		switch {
		case i == 1:
			sb.WriteString("x")
		case i > 1:
			fmt.Fprintf(&sb, "x^%d", i)
		}
	}
	return sb.String()
}

func main() {
	p := Poly{1, -3, 0, 2}
	q := Poly{-1, 1}
	fmt.Println("p =", p)
	fmt.Println("q =", q)
	fmt.Println("p+q =", p.Add(q))
	fmt.Println("p*q =", p.Mul(q))
	fmt.Println("p' =", p.Deriv(), " p'' =", p.Deriv().Deriv())
	fmt.Println(p.Eval(2), q.Eval(1), Poly{}.Eval(5), Poly{0, 0})
	pow := Poly{1}
	for range 5 {
		pow = pow.Mul(Poly{1, 1})
	}
	fmt.Println("(1+x)^5 =", pow)
	fmt.Printf("%v | %s | %d\n", q.Mul(q), Poly{-1}, []int(q))
}
