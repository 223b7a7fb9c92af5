package main

import (
	"errors"
	"fmt"
	"strings"
)

type FieldErrors []string

func (fe FieldErrors) Error() string { return "invalid: " + strings.Join(fe, ", ") }

func validateBad(name string, age int) error {
	var errs FieldErrors
	if name == "" {
		errs = append(errs, "name")
	}
	if age < 0 {
		errs = append(errs, "age")
	}
	return errs
}

func validateGood(name string, age int) error {
	var errs FieldErrors
	if name == "" {
		errs = append(errs, "name")
	}
	if age < 0 {
		errs = append(errs, "age")
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

type Speaker interface{ Speak() string }

type Robot struct{ model string }

func (r *Robot) Speak() string {
	if r == nil {
		return "(no robot)"
	}
	return "beep from " + r.model
}

func pick(models []string, i int) Speaker {
	var r *Robot
	if i < len(models) {
		r = &Robot{models[i]}
	}
	return r
}

func main() {
	fmt.Println(validateBad("ann", 3) == nil, validateGood("ann", 3) == nil)
	err := validateBad("ann", 3)
	fmt.Printf("%T %v %q\n", err, err != nil, err.Error())
	var fe FieldErrors
	fmt.Println(errors.As(validateGood("", -1), &fe), fe, len(fe))
	s := pick([]string{"r2"}, 5)
	fmt.Println(s == nil, s.Speak(), pick([]string{"r2"}, 0).Speak())
	var nilSpeaker Speaker
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		nilSpeaker.Speak()
	}()
	vals := []any{nil, (*Robot)(nil), FieldErrors(nil), Speaker(nil), (func())(nil), (chan int)(nil)}
	for i, v := range vals {
		fmt.Printf("%d %-20T isnil=%v\n", i, v, v == nil)
	}
	var m map[string]FieldErrors
	fmt.Println(m["x"] == nil, len(m), m["x"].Error())
}
