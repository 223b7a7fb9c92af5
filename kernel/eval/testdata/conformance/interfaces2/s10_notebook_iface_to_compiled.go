package main

import "fmt"

type Both struct{ code int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.code) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.code) }

type Outer struct {
	Both
	Extra string
}

type ErrStringer interface {
	error
	fmt.Stringer
}

type Str interface{ String() string }

func main() {
	var x ErrStringer = Outer{Both{7}, "z"}
	var st fmt.Stringer = x
	fmt.Println(st)
	var y Str = Both{8}
	st = y
	fmt.Println(st, []fmt.Stringer{y})
	var z Str = Outer{Both{9}, "z"}
	fmt.Println([]fmt.Stringer{z})
	var o fmt.Stringer = Outer{Both{9}, "z"}
	fmt.Println(o, []fmt.Stringer{Outer{Both{10}, "q"}})
	fmt.Printf("%T %T\n", st, o)
}
