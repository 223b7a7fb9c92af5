package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Msg   string
}

func (v *ValidationError) Error() string { return v.Field + ": " + v.Msg }

func validate(age int) {
	if age < 0 {
		panic(&ValidationError{"age", "must be >= 0"})
	}
}

func safe(age int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			var ve *ValidationError
			if e, ok := r.(error); ok && errors.As(e, &ve) {
				err = fmt.Errorf("safe: %w", ve)
				return
			}
			panic(r)
		}
	}()
	validate(age)
	return nil
}

func main() {
	fmt.Println(safe(3), safe(-1))
	defer fmt.Println("deferred main runs")
	defer func() {
		r := recover()
		fmt.Println("main caught:", r)
		panic(fmt.Errorf("fatal: %v", r))
	}()
	validate(-10)
}
