package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Value any
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", e.Field, e.Value)
}

func validate(age int) {
	if age < 0 {
		panic(&ValidationError{"age", age})
	}
}

func safe(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("recovered: %w", v)
			default:
				err = fmt.Errorf("recovered: %v", v)
			}
		}
	}()
	f()
	return nil
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	q = a / b
	return
}

func deferOrder() (s string) {
	for i := 0; i < 3; i++ {
		defer func() { s += fmt.Sprint(i) }()
	}
	defer func(n int) { s += fmt.Sprint("n", n) }(len(s))
	s = "start:"
	return s
}

func main() {
	err := safe(func() { validate(-5) })
	fmt.Println(err)
	var ve *ValidationError
	fmt.Println(errors.As(err, &ve), ve.Field, ve.Value)
	fmt.Println(safe(func() { panic("plain string") }))
	fmt.Println(safe(func() { validate(3) }))
	fmt.Println(safe(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println(safe(func() {
		a := []int{1}
		i := 5
		_ = a[i]
	}))
	fmt.Println(divide(7, 2))
	fmt.Println(divide(1, 0))
	fmt.Println(deferOrder())
	fmt.Println(safe(func() {
		defer func() {
			panic(fmt.Sprint("second: ", recover()))
		}()
		panic("first")
	}))
	fmt.Println(safe(func() { panic(fmt.Errorf("wrapped: %w", errors.ErrUnsupported)) }))
}
