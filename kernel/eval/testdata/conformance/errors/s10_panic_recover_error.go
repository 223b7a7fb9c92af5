package main

import (
	"errors"
	"fmt"
)

type Both struct{ code int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.code) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.code) }

func try(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	ss := []fmt.Stringer{Both{1}}
	err := try(func() { panic(ss[0]) })
	fmt.Println(err, errors.Is(err, Both{1}))
	var b Both
	fmt.Println(errors.As(err, &b), b.code)
	err = try(func() { panic(error(Both{2})) })
	fmt.Println(err, err == Both{2})
	err = try(func() {
		m := map[string]error{"k": Both{3}}
		panic(m["k"])
	})
	fmt.Printf("%v %T\n", err, err)
	err = try(func() { panic(fmt.Sprint(ss[0])) })
	fmt.Println(err)
}
