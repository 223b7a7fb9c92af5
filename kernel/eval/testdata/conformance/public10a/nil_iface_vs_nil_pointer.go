package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func find(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p // never a nil interface
}

func findOK(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func main() {
	err := find(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T %v\n", err, err == (*MyErr)(nil))
	err = findOK(false)
	fmt.Println(err == nil)
	var me *MyErr
	fmt.Println(errors.As(find(true), &me), me != nil)
	var i interface{} = (*int)(nil)
	fmt.Println(i == nil, i.(*int) == nil)
	var s fmt.Stringer
	fmt.Println(s == nil)
	fmt.Printf("%v %T\n", s, s)
	// A method of a nil pointer in an interface can still be called.
	fmt.Println(find(false).Error())
}
