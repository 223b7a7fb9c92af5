package main

import (
	"errors"
	"fmt"
)

type MyStr string

func isSet(v any) bool {
	_, ok := v.(interface{})
	return ok
}

func describe(v any) (r string) {
	defer func() {
		if e := recover(); e != nil {
			r = fmt.Sprint("panic: ", e)
		}
	}()
	x := v.(any)
	return fmt.Sprintf("%T", x)
}

func main() {
	vals := []any{map[string]int{}, struct{}{}, true, 3, "s", MyStr("m"), []int{1}, 2.5, nil, errors.New("e"), (*int)(nil)}
	for i, v := range vals {
		y, ok := v.(any)
		fmt.Println(i, ok, y, isSet(v), describe(v))
	}
	var err error = fmt.Errorf("wrapped: %w", errors.New("inner"))
	if x, ok := any(err).(interface{}); ok {
		fmt.Println("error as interface{}:", x)
	}
}
