package main

import (
	"errors"
	"fmt"
	"strconv"
)

type step struct {
	name string
	fn   func() error
}

func run(steps []step) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic in pipeline: %v", r)
		}
	}()
	for _, s := range steps {
		if e := s.fn(); e != nil {
			return fmt.Errorf("step %q: %w", s.name, e)
		}
	}
	return nil
}

func main() {
	err := run([]step{
		{"parse", func() error { _, err := strconv.Atoi("12"); return err }},
		{"convert", func() error { _, err := strconv.ParseFloat("x", 64); return err }},
		{"never", func() error { panic("unreachable") }},
	})
	fmt.Println(err)
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func)
	err = run([]step{{"boom", func() error { var m map[string]int; m["a"] = 1; return nil }}})
	fmt.Println(err)
	err = run([]step{{"idx", func() error { s := []int{1}; i := 3; _ = s[i]; return nil }}})
	fmt.Println(err)
	err = run([]step{{"custom", func() error { panic(errors.New("custom err")) }}})
	fmt.Println(err)
	fmt.Println(run(nil))
}
