package main

import "fmt"

type List struct {
	v    int
	next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func (l *List) Sum() (s int) {
	for ; l != nil; l = l.next {
		s += l.v
	}
	return
}

type V struct{ x int }

func (v V) X() int { return v.x }

func main() {
	var l *List
	fmt.Println(l.Len(), l.Sum())
	l = &List{1, &List{2, &List{3, nil}}}
	fmt.Println(l.Len(), l.Sum())

	f := (*List)(nil).Len
	fmt.Println(f())

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var pv *V
	g := pv.X // evaluating the method value dereferences pv: panics here
	fmt.Println("not reached", g())
}
