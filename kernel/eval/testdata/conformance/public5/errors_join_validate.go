package main

import (
	"errors"
	"fmt"
	"strings"
)

type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

var ErrRequired = errors.New("required")

type User struct {
	Name  string
	Email string
	Age   int
	Tags  []string
}

func (u User) Validate() error {
	var errs []error
	if u.Name == "" {
		errs = append(errs, fmt.Errorf("name: %w", ErrRequired))
	}
	if !strings.Contains(u.Email, "@") {
		errs = append(errs, &FieldError{"email", fmt.Sprintf("%q is not an address", u.Email)})
	}
	if u.Age < 18 {
		errs = append(errs, &FieldError{"age", "must be an adult"})
	}
	for i, t := range u.Tags {
		if t == "" {
			errs = append(errs, fmt.Errorf("tags[%d]: %w", i, ErrRequired))
		}
	}
	return errors.Join(errs...)
}

func main() {
	users := []User{
		{"ann", "ann@example.com", 30, []string{"admin"}},
		{"", "bob.example.com", 12, []string{"x", ""}},
		{"cy", "cy@", 18, nil},
	}
	for _, u := range users {
		err := u.Validate()
		if err == nil {
			fmt.Println(u.Name, "ok")
			continue
		}
		fmt.Printf("%s invalid:\n%v\n", u.Name, err)
		fmt.Println("  required?", errors.Is(err, ErrRequired))
		var fe *FieldError
		if errors.As(err, &fe) {
			fmt.Println("  first field error:", fe.Field)
		}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			fmt.Println("  count:", len(j.Unwrap()))
		}
	}
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	e := errors.Join(errors.New("a"), nil, errors.New("b"))
	fmt.Printf("%q\n", e.Error())
	both := fmt.Errorf("multi: %w and %w", ErrRequired, &FieldError{"f", "bad"})
	var fe *FieldError
	fmt.Println(both, errors.Is(both, ErrRequired), errors.As(both, &fe), fe.Field)
}
