package main

import (
	"fmt"
	"strings"
)

type T1 struct{ a int }

func (T1) M1() string { return "T1.M1" }

type T2 struct{ b string }

func (*T2) M2() string { return "*T2.M2" }

type E interface{ M3() string }
type e3 struct{}

func (e3) M3() string { return "e3.M3" }

type S struct {
	T1
	*T2
	E
	x, y int
	_    float32
	A    *[]int
	F    func()
}

type Reader interface{ Read() string }
type sr struct{ *strings.Reader }

func main() {
	s := S{T1: T1{1}, T2: &T2{"b"}, E: e3{}, x: 2}
	fmt.Println(s.a, s.b, s.M1(), s.M2(), s.M3(), s.x, s.y, s.A == nil, s.F == nil)
	ps := &s
	fmt.Println(ps.M1(), ps.M2(), ps.T1.a)
	r := sr{strings.NewReader("abc")}
	bs := make([]byte, 2)
	n, _ := r.Read(bs)
	fmt.Println(n, string(bs), r.Len())
	type Both interface {
		M1() string
		M2() string
	}
	var both Both = s // S's method set includes *T2's methods through the embedded pointer
	fmt.Println(both.M2())
}
