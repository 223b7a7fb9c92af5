package main

import "fmt"

type T struct{ n int }

func (t T) Val() int { return t.n }
func (t *T) Ptr() string {
	if t == nil {
		return "nil receiver ok"
	}
	return "non-nil"
}

type I interface{ Val() int }

func main() {
	var p *T
	fmt.Println((*T).Ptr(p), p.Ptr())
	f := (*T).Val
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(f(p))
	}()
	var i I = p
	fmt.Println(i != nil) // an interface holding a nil *T is not nil
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		g := p.Ptr
		fmt.Println(g())
		h := p.Val
		fmt.Println(h())
	}()
}
