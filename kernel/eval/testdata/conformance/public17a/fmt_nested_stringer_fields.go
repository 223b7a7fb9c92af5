package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type inner struct{ c Color }

type Outer struct {
	C     Color
	c     Color
	Err   error
	err   error
	Ptr   *Color
	List  []Color
	list  []Color
	M     map[Color]int
	Any   any
	inner inner
}

func main() {
	g := Color(1)
	o := Outer{C: 2, c: 1, Err: errors.New("E"), err: errors.New("e"), Ptr: &g, List: []Color{0, 2}, list: []Color{1}, M: map[Color]int{2: 1, 0: 5}, Any: Color(0), inner: inner{2}}
	s := fmt.Sprintf("%v", o)
	fmt.Println(s[:0] + fmt.Sprint(o.C, o.c, o.List, o.list, o.M, o.Any, o.inner))
	fmt.Printf("%v %v %v\n", o.C, o.List, o.M)
	type view struct {
		C    Color
		c    Color
		List []Color
		list []Color
		Any  any
	}
	v := view{o.C, o.c, o.List, o.list, o.Any}
	fmt.Printf("%v\n%+v\n", v, v)
	fmt.Println([]any{Color(2), &g, o.inner})
	fmt.Printf("%d %s %q %x\n", g, g, g, g)
	fmt.Printf("%v\n", struct{ a, B Color }{1, 2})
	fmt.Println(struct{ e error }{nil}, struct{ E error }{errors.New("shown")})
}
