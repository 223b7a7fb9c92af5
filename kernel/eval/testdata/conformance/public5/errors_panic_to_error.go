package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
)

type PanicError struct {
	Value any
}

func (p *PanicError) Error() string { return fmt.Sprintf("panic: %v", p.Value) }
func (p *PanicError) Unwrap() error {
	if err, ok := p.Value.(error); ok {
		return err
	}
	return nil
}

func Safe(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{r}
		}
	}()
	return f()
}

func SafeValue[T any](f func() T) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return f(), nil
}

var ErrCustom = errors.New("custom failure")

func main() {
	tests := []func() error{
		func() error { return nil },
		func() error { return ErrCustom },
		func() error { panic("plain string") },
		func() error { panic(ErrCustom) },
		func() error { panic(fmt.Errorf("wrapped: %w", ErrCustom)) },
		func() error {
			var m map[string]int
			m["x"] = 1
			return nil
		},
		func() error {
			s := []int{1, 2, 3}
			i := 5
			_ = s[i]
			return nil
		},
		func() error {
			var p *PanicError
			return errors.New(p.Error())
		},
		func() error {
			a, b := 10, 0
			return errors.New(strconv.Itoa(a / b))
		},
		func() error {
			var x any = "str"
			return errors.New(strconv.Itoa(x.(int)))
		},
	}
	for i, t := range tests {
		err := Safe(t)
		var pe *PanicError
		isPanic := errors.As(err, &pe)
		var re runtime.Error
		isRuntime := errors.As(err, &re)
		fmt.Printf("%d: %v | panic=%v runtime=%v custom=%v\n", i, err, isPanic, isRuntime, errors.Is(err, ErrCustom))
	}
	v, err := SafeValue(func() int { return 42 })
	fmt.Println(v, err)
	v2, err := SafeValue(func() []string { panic(fmt.Sprintf("bad %d", 7)) })
	fmt.Println(v2 == nil, err)
}
