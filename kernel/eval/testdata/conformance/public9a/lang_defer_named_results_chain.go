package main

import (
	"errors"
	"fmt"
)

type closer struct {
	name string
	fail bool
	log  *[]string
}

func (c *closer) Close() error {
	*c.log = append(*c.log, "close "+c.name)
	if c.fail {
		return fmt.Errorf("close %s failed", c.name)
	}
	return nil
}

func process(names []string, failAt string, log *[]string) (n int, err error) {
	for _, nm := range names {
		c := &closer{nm, nm == failAt, log}
		defer func() {
			if cerr := c.Close(); cerr != nil {
				err = errors.Join(err, cerr)
			}
		}()
		n++
	}
	if failAt == "b" {
		return n, errors.New("work failed")
	}
	return n * 10, nil
}

func triple() (x int) {
	defer func() { x *= 3 }()
	defer func() { x++ }()
	x = 1
	return x + 1
}

func recoverValue() (v any) {
	defer func() { v = recover() }()
	var m map[string]int
	m["x"] = 1
	return "unreached"
}

func rethrow() (err error) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			err = fmt.Errorf("wrapped: %w", e)
			return
		}
		if r != nil {
			panic(fmt.Sprintf("re-panic: %v", r))
		}
	}()
	panic(errors.New("inner"))
}

func outer() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("outer caught: ", r)
		}
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint(r, " -> again"))
		}()
		panic("first")
	}()
	return "normal"
}

func deferArgsEvaluated() {
	x := 1
	defer fmt.Println("deferred x =", x)
	p := &x
	defer func(v int) { fmt.Println("param", v, "now", *p) }(x)
	x = 42
}

func main() {
	var log []string
	fmt.Println(process([]string{"a", "b", "c"}, "", &log))
	fmt.Println(log)
	log = nil
	n, err := process([]string{"a", "b", "c"}, "b", &log)
	fmt.Printf("%d %q\n", n, err)
	log = nil
	n, err = process([]string{"x", "y"}, "x", &log)
	fmt.Println(n, err, log)
	fmt.Println(triple())
	v := recoverValue()
	fmt.Printf("%T %v\n", v, v)
	err = rethrow()
	fmt.Println(err, errors.Unwrap(err))
	fmt.Println(outer())
	deferArgsEvaluated()
}
