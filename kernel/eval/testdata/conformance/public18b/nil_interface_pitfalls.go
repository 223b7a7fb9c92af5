package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return fmt.Sprint("code ", e.Code)
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{7}
	}
	return p // typed nil when !fail: never == nil
}

func mayFailFixed(fail bool) error {
	if fail {
		return &MyErr{7}
	}
	return nil
}

type Animal interface{ Sound() string }
type Dog struct{}

func (*Dog) Sound() string { return "woof" }

func find(name string) Animal {
	var d *Dog
	if name == "dog" {
		d = &Dog{}
	}
	return d
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err, fmt.Sprintf("%T", err))
	var me *MyErr
	fmt.Println(errors.As(err, &me), me == nil)
	fmt.Println(mayFailFixed(false) == nil, mayFailFixed(true))
	a := find("cat")
	fmt.Println(a == nil, a != nil, a.Sound())
	var w io.Writer
	fmt.Println(w == nil)
	var f *os.File
	w = f
	fmt.Println(w == nil, w != (*os.File)(nil))
	var e1, e2 error
	fmt.Println(e1 == e2, errors.Is(e1, e2), errors.Is(nil, nil))
	var any1 any = (*int)(nil)
	var any2 any
	fmt.Println(any1 == nil, any2 == nil, any1 == (*int)(nil))
	check := func(v any) string {
		switch x := v.(type) {
		case nil:
			return "untyped nil"
		case *int:
			if x == nil {
				return "typed nil *int"
			}
			return "ptr"
		case error:
			return "error " + x.Error()
		}
		return "other"
	}
	fmt.Println(check(nil), check(any1), check(error(nil)), check(mayFail(false)))
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	var s []int
	fmt.Println(s == nil, len(s), s[:0] == nil, append(s, 1))
	var ch chan int
	fmt.Println(ch == nil, len(ch), cap(ch))
	var fn func()
	fmt.Println(fn == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	var an Animal
	an.Sound()
}
