package main

import (
	"errors"
	"fmt"
)

type Rec struct {
	ID   int
	Tags map[string]bool
}

type Wrap struct {
	Inner any
}

type Bag []string

func (b Bag) Error() string { return "bag" }

func try(name string, f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	try("struct with map", func() bool { var a, b any = Rec{}, Rec{}; return a == b })
	try("different types", func() bool { var a, b any = Rec{}, 1; return a == b })
	try("wrap of comparable", func() bool { return Wrap{1} == Wrap{1} })
	try("wrap of slice", func() bool { return Wrap{[]int{1}} == Wrap{[]int{1}} })
	try("errors.Is with slice type", func() bool {
		var e error = Bag{"a"}
		return errors.Is(e, e)
	})
	try("switch on uncomparable", func() bool {
		var x any = Rec{}
		switch x {
		case 1:
			return false
		}
		return true
	})
}
