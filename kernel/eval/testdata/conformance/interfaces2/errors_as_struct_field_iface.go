package main

import (
	"errors"
	"fmt"
)

type HTTPError interface {
	error
	Status() int
}

type apiErr struct{ status int }

func (e apiErr) Error() string { return fmt.Sprintf("api %d", e.status) }
func (e apiErr) Status() int   { return e.status }

type result struct {
	err HTTPError
}

func classify(err error) string {
	var he HTTPError
	if errors.As(err, &he) {
		r := result{he}
		return fmt.Sprint("status ", r.err.Status())
	}
	return "unknown"
}

func main() {
	fmt.Println(classify(fmt.Errorf("get: %w", apiErr{404})))
	fmt.Println(classify(errors.New("boom")))
	fmt.Println(classify(errors.Join(errors.New("a"), apiErr{500})))
}
