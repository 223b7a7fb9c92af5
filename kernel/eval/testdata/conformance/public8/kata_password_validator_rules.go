package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

type Rule struct {
	Name  string
	Check func(string) bool
}

type ValidationError struct {
	Failed []string
}

func (e *ValidationError) Error() string {
	return "password fails: " + strings.Join(e.Failed, ", ")
}

func has(pred func(rune) bool) func(string) bool {
	return func(s string) bool { return strings.IndexFunc(s, pred) >= 0 }
}

var rules = []Rule{
	{"min length 8", func(s string) bool { return len([]rune(s)) >= 8 }},
	{"upper case", has(unicode.IsUpper)},
	{"lower case", has(unicode.IsLower)},
	{"digit", has(unicode.IsDigit)},
	{"symbol", has(func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })},
	{"no spaces", func(s string) bool { return !has(unicode.IsSpace)(s) }},
}

func Validate(pw string) error {
	var failed []string
	for _, r := range rules {
		if !r.Check(pw) {
			failed = append(failed, r.Name)
		}
	}
	if failed != nil {
		return &ValidationError{failed}
	}
	return nil
}

func strength(pw string) string {
	score := 0
	for _, r := range rules {
		if r.Check(pw) {
			score++
		}
	}
	return strings.Repeat("█", score) + strings.Repeat("░", len(rules)-score)
}

func main() {
	for _, pw := range []string{"hunter2", "Password1", "P@ssw0rd!", "Ünïcödé€9x", "with space A1!", ""} {
		err := Validate(pw)
		var ve *ValidationError
		if errors.As(err, &ve) {
			fmt.Printf("%-16q %s %d failed: %v\n", pw, strength(pw), len(ve.Failed), err)
		} else {
			fmt.Printf("%-16q %s ok\n", pw, strength(pw))
		}
	}
}
