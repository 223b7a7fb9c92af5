package main

import (
	"errors"
	"fmt"
)

type codeErr struct {
	code int
	err  error
}

func (c *codeErr) Error() string { return fmt.Sprintf("code %d: %v", c.code, c.err) }
func (c *codeErr) Unwrap() error { return c.err }

func main() {
	base := errors.New("disk full")
	e1 := fmt.Errorf("write %q: %w", "log.txt", base)
	e2 := fmt.Errorf("save: %v", base)
	fmt.Println(e1, errors.Is(e1, base))
	fmt.Println(e2, errors.Is(e2, base))
	fmt.Printf("%T %T\n", e1, e2)
	e3 := &codeErr{507, e1}
	fmt.Println(e3, errors.Is(e3, base))
	var ce *codeErr
	fmt.Println(errors.As(fmt.Errorf("outer: %w", e3), &ce), ce.code)
	fmt.Printf("%v|%s|%q\n", base, base, base)
	fmt.Printf("%+v\n", e3)
	e4 := fmt.Errorf("no wrap %d", 3)
	fmt.Println(errors.Unwrap(e4) == nil, errors.Unwrap(e1) == base)
	var nilErr error
	fmt.Println(errors.Is(nilErr, nil), errors.Is(base, nil))
	e5 := fmt.Errorf("%w", nil)
	fmt.Println(e5)
}
