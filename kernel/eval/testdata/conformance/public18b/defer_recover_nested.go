package main

import (
	"errors"
	"fmt"
)

type stack struct{ trace []string }

func (s *stack) enter(name string) func() {
	s.trace = append(s.trace, "+"+name)
	return func() { s.trace = append(s.trace, "-"+name) }
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func level3(s *stack) {
	defer s.enter("l3")()
	panic(errors.New("deep"))
}

func level2(s *stack) {
	defer s.enter("l2")()
	defer func() {
		if r := recover(); r != nil {
			s.trace = append(s.trace, fmt.Sprint("caught:", r))
			panic(fmt.Sprintf("re-panic(%v)", r))
		}
	}()
	level3(s)
}

func level1(s *stack) (res string) {
	defer s.enter("l1")()
	defer func() {
		r := recover()
		res = fmt.Sprint("final:", r)
	}()
	level2(s)
	return "unreached"
}

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n += i }()
	}
	return 10
}

func deferArgs() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func(v int) { fmt.Println("arg", v, "closure", x) }(x)
	x = 3
}

func recoverNotDirect() (r any) {
	defer func() {
		helper := func() any { return recover() }
		r = helper()
		if r == nil {
			r = recover()
		}
	}()
	panic("direct?")
}

type cleanup []func()

func (c *cleanup) add(f func()) { *c = append(*c, f) }
func (c cleanup) run() {
	for i := len(c) - 1; i >= 0; i-- {
		c[i]()
	}
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	s := &stack{}
	fmt.Println(level1(s))
	fmt.Println(s.trace)
	fmt.Println(counter())
	deferArgs()
	fmt.Println(recoverNotDirect())
	var c cleanup
	for _, n := range []string{"db", "cache", "log"} {
		c.add(func() { fmt.Print("close ", n, "; ") })
	}
	c.run()
	fmt.Println()
	func() {
		defer func() {
			fmt.Println("outer recover:", recover())
		}()
		defer func() {
			defer func() { fmt.Println("inner recover:", recover()) }()
			panic("second")
		}()
		panic("first")
	}()
	var pe error
	func() {
		defer func() {
			if r := recover(); r != nil {
				pe = r.(error)
			}
		}()
		var arr []int
		_ = arr[5]
	}()
	fmt.Println(pe)
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(ok, err)
		}()
		var m map[string]int
		m["x"] = 1
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var i interface{} = "str"
		_ = i.(int)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		panic(fmt.Sprintf("%d", 42))
	}()
}
