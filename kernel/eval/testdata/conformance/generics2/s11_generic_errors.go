// Generic error types: a NotFound[K] error with errors.As on instances,
// a ValidationError collecting typed fields, and a Must helper that
// panics with a wrapped error.
package main

import (
	"errors"
	"fmt"
)

type NotFoundError[K comparable] struct{ Key K }

func (e *NotFoundError[K]) Error() string { return fmt.Sprintf("key %v not found", e.Key) }

type Repo[K comparable, V any] struct{ data map[K]V }

func (r *Repo[K, V]) Get(k K) (V, error) {
	v, ok := r.data[k]
	if !ok {
		return v, fmt.Errorf("repo get: %w", &NotFoundError[K]{k})
	}
	return v, nil
}

type FieldError[T any] struct {
	Field string
	Value T
	Msg   string
}

func (e FieldError[T]) Error() string { return fmt.Sprintf("%s=%v: %s", e.Field, e.Value, e.Msg) }

func Check[T any](field string, v T, ok func(T) bool, msg string) error {
	if ok(v) {
		return nil
	}
	return FieldError[T]{field, v, msg}
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(fmt.Errorf("must: %w", err))
	}
	return v
}

func main() {
	r := &Repo[int, string]{data: map[int]string{1: "one"}}
	fmt.Println(Must(r.Get(1)))
	_, err := r.Get(7)
	fmt.Println(err)
	var nf *NotFoundError[int]
	fmt.Println(errors.As(err, &nf), nf.Key)
	var nfs *NotFoundError[string]
	fmt.Println(errors.As(err, &nfs))

	errs := errors.Join(
		Check("age", -3, func(i int) bool { return i >= 0 }, "must be >= 0"),
		Check("name", "", func(s string) bool { return s != "" }, "required"),
		Check("ratio", 0.5, func(f float64) bool { return f <= 1 }, "too big"),
	)
	fmt.Println(errs)
	var fe FieldError[string]
	fmt.Println(errors.As(errs, &fe), fe.Field)
	defer func() {
		e := recover().(error)
		fmt.Println(e, errors.As(e, &nf), nf.Key)
	}()
	Must(r.Get(9))
}
