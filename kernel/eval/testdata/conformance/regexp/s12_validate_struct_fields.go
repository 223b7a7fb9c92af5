package main

import (
	"errors"
	"fmt"
	"regexp"
)

type Rule struct {
	Field string
	Re    *regexp.Regexp
	Msg   string
}

type ValidationError struct {
	Field, Msg string
}

func (e *ValidationError) Error() string { return e.Field + ": " + e.Msg }

type Validator []Rule

func (v Validator) Check(rec map[string]string) error {
	var errs []error
	for _, r := range v {
		if !r.Re.MatchString(rec[r.Field]) {
			errs = append(errs, &ValidationError{r.Field, r.Msg})
		}
	}
	return errors.Join(errs...)
}

func main() {
	v := Validator{
		{"email", regexp.MustCompile(`^[\w.+-]+@[\w-]+\.[\w.]+$`), "bad email"},
		{"zip", regexp.MustCompile(`^\d{5}(-\d{4})?$`), "bad zip"},
		{"phone", regexp.MustCompile(`^\+?\d[\d -]{6,}\d$`), "bad phone"},
	}
	recs := []map[string]string{
		{"email": "gopher@golang.org", "zip": "12345", "phone": "+1 555 0100"},
		{"email": "nope", "zip": "1234", "phone": "+1 555 0100"},
		{"email": "a@b.c", "zip": "12345-6789", "phone": "12"},
	}
	for i, r := range recs {
		err := v.Check(r)
		var ve *ValidationError
		fmt.Printf("%d ok=%v as=%v", i, err == nil, errors.As(err, &ve))
		if ve != nil {
			fmt.Printf(" first=%s", ve.Field)
		}
		fmt.Printf("\n%v\n", err)
	}
	fmt.Println(v[0].Re, v[1].Re.NumSubexp())
}
