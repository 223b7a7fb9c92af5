package main

import "fmt"

type T struct{ a int }

func (tv T) Mv(x int) int          { return tv.a + x }
func (tp *T) Mp(f float32) float32 { tp.a++; return f * float32(tp.a) }

func main() {
	var t T
	f := T.Mv
	fmt.Println(f(t, 7))
	g := (*T).Mp
	fmt.Println(g(&t, 1.5), t.a)
	h := (*T).Mv
	fmt.Println(h(&t, 3))
	mv := t.Mv
	t.a = 100
	fmt.Println(mv(1))
	mp := t.Mp
	fmt.Println(mp(2), t.a)
	fmt.Printf("%T\n%T\n%T\n", f, g, h)
	var i interface{ Mv(int) int } = t
	fv := i.Mv
	fmt.Println(fv(5))
	ie := interface{ Mv(int) int }.Mv
	fmt.Println(ie(T{9}, 1))
}
