package main

import "fmt"

type T struct{ a int }

func (tv T) Mv(x int) int          { return tv.a + x }
func (tp *T) Mp(f float32) float32 { return float32(tp.a) * f }

type I interface{ M(int) int }

type S struct{ n int }

func (s S) M(x int) int { return s.n * x }

type Outer struct {
	I
	name string
}

type PtrOuter struct {
	*T
}

func main() {
	var t T = T{3}
	fmt.Println(T.Mv(t, 7), (*T).Mv(&t, 7), t.Mv(7))
	f := (*T).Mp
	fmt.Println(f(&t, 1.5))
	g := I.M
	fmt.Println(g(S{4}, 5))
	var i I = S{6}
	h := i.M
	i = S{100}
	fmt.Println(h(2), i.M(2))
	o := Outer{S{2}, "o"}
	fmt.Println(o.M(21))
	var oi I = o
	fmt.Println(oi.M(1))
	o.I = S{5}
	fmt.Println(o.M(1), oi.M(1))
	methods := []func(int) int{t.Mv, S{10}.M, o.M, Outer{I: S{3}}.M}
	for _, m := range methods {
		fmt.Print(m(2), " ")
	}
	fmt.Println()
	po := PtrOuter{&T{4}}
	mv := po.Mv
	mp := po.Mp
	po.T.a = 40
	fmt.Println(mv(1), mp(2), po.Mv(1))
	fmt.Printf("%T\n%T\n%T\n", T.Mv, (*T).Mp, I.M)
	type Fn func(T, int) int
	var fn Fn = T.Mv
	fmt.Println(fn(T{1}, 1))
	defer T{9}.Print()
	func() {
		defer t.Print()
		t.a = 42
	}()
}

func (tv T) Print() { fmt.Println("T.a =", tv.a) }
