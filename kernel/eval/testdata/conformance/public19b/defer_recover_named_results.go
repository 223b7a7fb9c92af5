package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func order() (s string) {
	for i := range 3 {
		defer func() { s += fmt.Sprint(i) }()
	}
	s = "start:"
	return s + "ret:"
}

func deferArgs() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	fmt.Println("x =", x)
}

func rePanic() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("outer caught: %v", r)
		}
	}()
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("re-panic(%v)", r))
		}
	}()
	panic("first")
}

func recoverReturnsNilOutsideDefer() any {
	return recover()
}

type cleanup struct{ log []string }

func (c *cleanup) add(s string) { c.log = append(c.log, s) }

func withCleanup(c *cleanup, fail bool) (res string, err error) {
	c.add("open")
	defer c.add("close")
	defer func() {
		if err != nil {
			c.add("rollback")
			res = ""
		} else {
			c.add("commit")
		}
	}()
	if fail {
		return "partial", errors.New("failed")
	}
	return "done", nil
}

func nestedPanics() {
	defer func() {
		r := recover()
		fmt.Println("final recover:", r)
	}()
	defer func() {
		panic("panic in defer")
	}()
	panic("original")
}

func loopDefer() (out []int) {
	for i := 0; i < 4; i++ {
		defer func(n int) { out = append(out, n) }(i * 10)
	}
	return nil
}

type resource struct{ name string }

func (r resource) Close() { fmt.Println("close", r.name) }

func methodDefer() {
	r := resource{"a"}
	defer r.Close()
	r.name = "b"
	p := &resource{"c"}
	defer p.Close()
	p.name = "d"
}

func panicErr() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			}
		}
	}()
	var m map[string]int
	m["x"] = 1
	return nil
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(double())
	fmt.Println(order())
	deferArgs()
	fmt.Println(rePanic())
	fmt.Println(recoverReturnsNilOutsideDefer())
	c := &cleanup{}
	fmt.Println(withCleanup(c, false))
	fmt.Println(withCleanup(c, true))
	fmt.Println(c.log)
	nestedPanics()
	fmt.Println(loopDefer())
	methodDefer()
	err := panicErr()
	fmt.Printf("%v | %T\n", err, err)
	var re interface{ RuntimeError() }
	fmt.Println(errors.As(err, &re))
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v %T\n", r, r)
		}()
		panic(fmt.Errorf("wrapped %w", errors.New("inner")))
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v %T\n", r, r)
		}()
		var arr []int
		idx := 5
		_ = arr[idx]
	}()
	func() {
		defer func() {
			fmt.Println(recover())
		}()
		panic(nil)
	}()
}
