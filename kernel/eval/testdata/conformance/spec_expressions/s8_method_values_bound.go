package main

import "fmt"

type T struct{ n int }

func (t T) Val() int  { return t.n }
func (t *T) Ptr() int { return t.n }

func main() {
	t := T{1}
	v := t.Val
	p := t.Ptr
	t.n = 2
	fmt.Println(v(), p(), t.Val())
	pt := &T{10}
	pv := pt.Val
	pp := pt.Ptr
	pt.n = 20
	fmt.Println(pv(), pp())
	fs := []func() int{t.Val, pt.Ptr}
	pt = &T{30}
	fmt.Println(fs[0](), fs[1]())
	me := T.Val
	mp := (*T).Ptr
	fmt.Println(me(T{5}), mp(&T{6}))
}
