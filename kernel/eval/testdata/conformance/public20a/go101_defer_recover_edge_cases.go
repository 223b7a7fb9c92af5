package main

import (
	"errors"
	"fmt"
)

func a() (n int) {
	defer func() { n++ }()
	return 10
}

func b() int {
	n := 10
	defer func() { n++ }()
	return n
}

func c() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	var m map[string]int
	m["x"] = 1
	return nil
}

func d() {
	defer func() {
		fmt.Println("outer recover:", recover())
	}()
	defer func() {
		panic("second panic")
	}()
	panic("first panic")
}

func e() (s string) {
	defer func() {
		recover()
		s = "after recover"
	}()
	func() {
		defer func() { s += "inner-defer;" }()
		panic("deep")
	}()
	return "not reached"
}

func f() {
	defer fmt.Println("f deferred 1")
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Print("loop", n, " ") }(i)
	}
	fmt.Println("f body")
}

type resource struct{ name string }

func (r *resource) Close() error {
	fmt.Println("closing", r.name)
	if r.name == "bad" {
		return errors.New("close failed")
	}
	return nil
}

func useResources() (err error) {
	for _, n := range []string{"one", "bad", "three"} {
		r := &resource{n}
		defer func() {
			if cerr := r.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
	}
	return nil
}

func g() (x int) {
	defer func() {
		if r := recover(); r != nil {
			x = r.(int) * 2
		}
	}()
	panic(21)
}

func nestedRecover() {
	defer func() {
		defer func() {
			fmt.Println("inner recovered:", recover())
		}()
		panic(fmt.Sprint("re-panic of ", recover()))
	}()
	panic("original")
}

func main() {
	fmt.Println(a(), b())
	fmt.Println(c())
	d()
	fmt.Println(e())
	f()
	fmt.Println()
	fmt.Println(useResources())
	fmt.Println(g())
	nestedRecover()
	fmt.Println(recover())
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(ok, err)
		}()
		var arr []int
		_ = arr[len(arr)]
	}()
	func() {
		defer func() { fmt.Println("type:", fmt.Sprintf("%T", recover())) }()
		panic(errors.New("err value"))
	}()
	func() {
		defer func() {
			r := recover()
			var pe *runtimeErr
			fmt.Println(errors.As(r.(error), &pe))
		}()
		panic(&runtimeErr{"custom"})
	}()
}

type runtimeErr struct{ s string }

func (r *runtimeErr) Error() string { return r.s }
