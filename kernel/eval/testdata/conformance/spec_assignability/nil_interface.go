package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		return p
	}
	return nil
}

func main() {
	fmt.Println(mayFail(false) == nil, mayFail(true) == nil)
	var target *MyErr
	fmt.Println(errors.As(mayFail(true), &target))
	var x any
	var y any = (*int)(nil)
	fmt.Println(x == nil, y == nil, y)
}
