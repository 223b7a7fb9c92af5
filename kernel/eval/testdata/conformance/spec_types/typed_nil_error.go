package main

import (
	"errors"
	"fmt"
)

type E struct{ msg string }

func (e *E) Error() string {
	if e == nil {
		return "nil E"
	}
	return e.msg
}

func get(fail bool) error {
	var e *E
	if fail {
		e = &E{"boom"}
	}
	return e
}

func main() {
	err := get(false)
	fmt.Println(err == nil, err)
	err = get(true)
	fmt.Println(err == nil, err)
	var target *E
	fmt.Println(errors.As(err, &target), target.msg)
	var p *E
	e2 := error(p)
	fmt.Println(e2 != nil, e2.Error())
	var e3 error
	var i interface{ Error() string } = e3
	fmt.Println(i == nil)
}
