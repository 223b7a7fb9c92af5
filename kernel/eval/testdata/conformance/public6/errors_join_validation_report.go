package main

import (
	"errors"
	"fmt"
	"net/mail"
	"regexp"
	"strings"
	"unicode/utf8"
)

type FieldError struct {
	Field string
	Err   error
}

func (e FieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e FieldError) Unwrap() error { return e.Err }

var (
	ErrRequired = errors.New("is required")
	ErrTooLong  = errors.New("is too long")
	ErrFormat   = errors.New("has a bad format")
)

type Signup struct {
	Username, Email, Password, Phone string
	Age                              int
}

var phoneRe = regexp.MustCompile(`^\d{3}-\d{3,4}-\d{4}$`)

func (s Signup) Validate() error {
	var errs []error
	add := func(field string, err error) { errs = append(errs, FieldError{field, err}) }
	switch {
	case s.Username == "":
		add("username", ErrRequired)
	case utf8.RuneCountInString(s.Username) > 8:
		add("username", fmt.Errorf("%w (%d > 8)", ErrTooLong, utf8.RuneCountInString(s.Username)))
	}
	if _, err := mail.ParseAddress(s.Email); err != nil {
		add("email", fmt.Errorf("%w: %v", ErrFormat, err))
	}
	if len(s.Password) < 8 || !strings.ContainsAny(s.Password, "0123456789") {
		add("password", errors.New("needs 8+ chars and a digit"))
	}
	if s.Phone != "" && !phoneRe.MatchString(s.Phone) {
		add("phone", ErrFormat)
	}
	if s.Age < 14 {
		add("age", fmt.Errorf("must be at least 14, got %d", s.Age))
	}
	return errors.Join(errs...)
}

func main() {
	cases := []Signup{
		{"gopher", "g@go.dev", "s3cretpass", "010-1234-5678", 20},
		{"", "not-an-email", "short", "12345", 9},
		{"아주긴사용자이름이에요", "Ann <ann@example.com>", "password1", "", 30},
	}
	for i, s := range cases {
		err := s.Validate()
		if err == nil {
			fmt.Println(i, "valid")
			continue
		}
		fmt.Printf("%d invalid:\n  %s\n", i, strings.ReplaceAll(err.Error(), "\n", "\n  "))
		var fe FieldError
		fmt.Println("  first field:", errors.As(err, &fe) && fe.Field != "", fe.Field,
			"required:", errors.Is(err, ErrRequired), "format:", errors.Is(err, ErrFormat), "toolong:", errors.Is(err, ErrTooLong))
		if u, ok := err.(interface{ Unwrap() []error }); ok {
			fmt.Println("  count:", len(u.Unwrap()))
		}
	}
}
