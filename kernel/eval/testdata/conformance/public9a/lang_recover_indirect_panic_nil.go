package main

import (
	"errors"
	"fmt"
	"runtime"
)

func helper(tag string) {
	if r := recover(); r != nil {
		fmt.Println(tag, "recovered:", r)
	} else {
		fmt.Println(tag, "nothing to recover")
	}
}

func direct() {
	defer helper("direct")
	panic("p1")
}

func indirect() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("outer got: ", r)
		}
	}()
	defer func() {
		helper("indirect") // not called directly by the deferred call: recover returns nil
	}()
	panic("p2")
}

func panicNil() (err error) {
	defer func() {
		r := recover()
		var pne *runtime.PanicNilError
		if e, ok := r.(error); ok && errors.As(e, &pne) {
			err = e
		}
	}()
	panic(nil)
}

func nestedDefers() (out []string) {
	defer func() {
		out = append(out, fmt.Sprint("last: ", recover()))
	}()
	defer func() {
		defer func() {
			out = append(out, fmt.Sprint("inner: ", recover()))
		}()
		panic("from defer")
	}()
	panic("original")
}

type cleanup struct{ log *[]string }

func (c cleanup) Done() {
	*c.log = append(*c.log, fmt.Sprint("method recover: ", recover()))
}

func methodRecover() (log []string) {
	c := cleanup{&log}
	defer func() { log = append(log, "after") }()
	defer c.Done()
	panic(42)
}

func main() {
	direct()
	fmt.Println(indirect())
	err := panicNil()
	fmt.Println(err)
	fmt.Println(nestedDefers())
	fmt.Println(methodRecover())
	fmt.Println(recover())
}
