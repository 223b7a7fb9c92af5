package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ValidationError struct {
	Field string
	Value any
	Rule  string
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("%s: %v violates %s", v.Field, v.Value, v.Rule)
}

type HTTPError struct {
	Code int
	Msg  string
}

func (h *HTTPError) Error() string { return strconv.Itoa(h.Code) + " " + h.Msg }
func (h *HTTPError) Is(target error) bool {
	t, ok := target.(*HTTPError)
	return ok && (t.Code == h.Code || t.Code == 0)
}

var ErrAnyHTTP = &HTTPError{}
var ErrNotFound = &HTTPError{Code: 404}

type Temporary interface{ Temporary() bool }

type netErr struct{ retry bool }

func (n netErr) Error() string   { return fmt.Sprintf("net error (retry=%v)", n.retry) }
func (n netErr) Temporary() bool { return n.retry }

func validate(age int, name string) error {
	if name == "" {
		return ValidationError{"name", name, "required"}
	}
	if age < 0 || age > 150 {
		return fmt.Errorf("validate: %w", ValidationError{"age", age, "0..150"})
	}
	return nil
}

func fetch(path string) error {
	switch path {
	case "/missing":
		return fmt.Errorf("fetch %s: %w", path, &HTTPError{404, "Not Found"})
	case "/boom":
		return &HTTPError{500, "Internal"}
	case "/flaky":
		return fmt.Errorf("fetch: %w", netErr{true})
	}
	return nil
}

func main() {
	for _, c := range []struct {
		age  int
		name string
	}{{30, "ann"}, {200, "bob"}, {5, ""}} {
		err := validate(c.age, c.name)
		var ve ValidationError
		if errors.As(err, &ve) {
			fmt.Printf("invalid %s (%T %v) rule=%s | %v\n", ve.Field, ve.Value, ve.Value, ve.Rule, err)
		} else {
			fmt.Println("valid", err)
		}
	}
	for _, p := range []string{"/missing", "/boom", "/flaky", "/ok"} {
		err := fetch(p)
		var he *HTTPError
		var tmp Temporary
		fmt.Printf("%-9s any-http=%-5v 404=%-5v", p, errors.Is(err, ErrAnyHTTP), errors.Is(err, ErrNotFound))
		if errors.As(err, &he) {
			fmt.Printf(" code=%d", he.Code)
		}
		if errors.As(err, &tmp) {
			fmt.Printf(" temporary=%v", tmp.Temporary())
		}
		fmt.Println()
	}
	var target *HTTPError
	fmt.Println(errors.As(errors.New("plain"), &target), target == nil)
}
