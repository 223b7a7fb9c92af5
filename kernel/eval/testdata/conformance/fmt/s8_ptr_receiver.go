package main

import (
	"errors"
	"fmt"
)

type Counter struct{ N int }

func (c *Counter) String() string {
	if c == nil {
		return "counter(nil)"
	}
	return fmt.Sprintf("counter(%d)", c.N)
}

type Val struct{ V int }

func (v Val) String() string { return fmt.Sprintf("val(%d)", v.V) }

type ErrCode int

func (e *ErrCode) Error() string { return fmt.Sprintf("err %d", int(*e)) }

type Name string

func (n *Name) String() string { return "name:" + string(*n) }

func main() {
	c := Counter{3}
	fmt.Println(c, &c)
	fmt.Printf("%v %v %+v %s %d %T %T\n", c, &c, c, &c, c, c, &c)
	var cp *Counter
	fmt.Println(cp)
	fmt.Printf("%v %s %T\n", cp, cp, cp)
	cs := []*Counter{{1}, nil, {2}}
	fmt.Println(cs[0], cs[1], cs[2], len(cs))
	fmt.Printf("%v\n", []Counter{{4}, {5}})
	var vp *Val
	fmt.Println(vp)
	fmt.Printf("%v %s|%d\n", vp, vp, vp)
	v := Val{6}
	fmt.Println(v, &v)
	fmt.Printf("%T %T %v %v\n", v, &v, v, &v)
	e := ErrCode(7)
	fmt.Println(&e, e)
	fmt.Printf("%v %d %T %T\n", &e, e, e, &e)
	var err error = &e
	fmt.Println(err, errors.Unwrap(err) == nil)
	var target *ErrCode
	fmt.Println(errors.As(fmt.Errorf("wrap: %w", err), &target), *target)
	n := Name("x")
	fmt.Println(n, &n)
	fmt.Printf("%v %s %q %v %T %T\n", n, n, n, &n, n, &n)
	var s fmt.Stringer = &c
	fmt.Printf("%v %T\n", s, s)
	s = v
	fmt.Printf("%v %T\n", s, s)
	s = &v
	fmt.Printf("%v %T\n", s, s)
}
