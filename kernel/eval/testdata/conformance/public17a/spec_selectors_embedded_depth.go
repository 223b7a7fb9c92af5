package main

import "fmt"

type T0 struct{ x int }

func (*T0) M0() string { return "T0.M0" }

type T1 struct{ y int }

func (T1) M1() string { return "T1.M1" }

type T2 struct {
	z int
	T1
	*T0
}

func (*T2) M2() string { return "T2.M2" }

type Q *T2

func main() {
	t := T2{z: 1, T1: T1{y: 2}, T0: &T0{x: 3}}
	p := &t
	var q Q = p
	fmt.Println(t.z, t.y, t.x)
	fmt.Println(p.z, p.y, p.x)
	fmt.Println(q.x, q.T0.x, (*q).z)
	fmt.Println(p.M0(), p.M1(), p.M2())
	fmt.Println(t.M1(), t.T0.M0())
	t.x = 42
	fmt.Println(p.T0.x)
}
