package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("my error %d", e.Code) }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var me MyErr
		if err, ok := r.(error); ok && errors.As(err, &me) {
			fmt.Println("code", me.Code)
		}
		panic(fmt.Sprintf("re-panic: %v", r))
	}()
	panic(MyErr{7})
}
