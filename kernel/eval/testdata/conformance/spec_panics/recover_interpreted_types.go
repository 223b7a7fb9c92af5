package main

import (
	"errors"
	"fmt"
)

type code int

type scode int

func (c scode) String() string { return fmt.Sprintf("S%d", int(c)) }

type ecode int

func (c ecode) Error() string { return fmt.Sprintf("E%d", int(c)) }

type pt struct{ x, y int }

type perr struct{ msg string }

func (p *perr) Error() string { return "perr:" + p.msg }

func try(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

func show(r any) {
	fmt.Printf("%v|%T|%+v\n", r, r, r)
	switch x := r.(type) {
	case fmt.Stringer:
		fmt.Println("stringer", x.String())
	case error:
		var e ecode
		fmt.Println("error", x.Error(), errors.As(x, &e), e)
	case pt:
		fmt.Println("pt", x)
	default:
		fmt.Println("other", x)
	}
	_, isPt := r.(pt)
	fmt.Println(isPt, r == any(scode(8)))
}

func main() {
	for _, f := range []func(){
		func() { panic(code(7)) },
		func() { panic(scode(8)) },
		func() { panic(ecode(9)) },
		func() { panic(pt{1, 2}) },
		func() { panic(&perr{"x"}) },
		func() { panic(7) },
		func() { panic("s") },
		func() { panic(fmt.Errorf("w: %w", ecode(3))) },
	} {
		show(try(f))
	}
	func() {
		defer func() {
			r := recover()
			fmt.Printf("outer %v %T\n", r, r)
		}()
		func() {
			defer func() {
				r := recover()
				fmt.Printf("inner %v %T\n", r, r)
				panic(r)
			}()
			panic(ecode(5))
		}()
	}()
}
