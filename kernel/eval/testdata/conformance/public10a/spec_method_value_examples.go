package main

import "fmt"

type T struct{ a int }

func (tv T) Mv(x int) int          { return tv.a + x }
func (tp *T) Mp(f float32) float32 { return float32(tp.a) * f }

type I interface{ Mv(int) int }

func main() {
	var t T = T{2}
	pt := &t
	// Method expressions, from the spec.
	fmt.Println(T.Mv(t, 1), (*T).Mv(pt, 2), (*T).Mp(pt, 1.5))
	f1 := T.Mv
	f2 := (T).Mv
	f3 := (*T).Mp
	fmt.Println(f1(t, 3), f2(t, 4), f3(pt, 2))
	// Method values.
	g := t.Mv
	h := pt.Mp
	k := pt.Mv // (*pt).Mv
	t.a = 10
	fmt.Println(g(1), h(1), k(1))
	var i interface{ Mv(int) int } = t
	im := i.Mv
	fmt.Println(im(5), I.Mv(i, 6))
	fmt.Printf("%T | %T | %T\n", T.Mv, (*T).Mp, I.Mv)
	fs := []func(int) int{t.Mv, pt.Mv, i.Mv}
	for _, fn := range fs {
		fmt.Print(fn(0), " ")
	}
	fmt.Println()
	var nilI I
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = nilI.Mv // the method value of a nil interface panics when evaluated
	fmt.Println("not reached")
}
