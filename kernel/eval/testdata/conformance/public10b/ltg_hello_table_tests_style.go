package main

import (
	"errors"
	"fmt"
	"strings"
)

const (
	spanish = "Spanish"
	french  = "French"

	englishHelloPrefix = "Hello, "
	spanishHelloPrefix = "Hola, "
	frenchHelloPrefix  = "Bonjour, "
)

func Hello(name, language string) string {
	if name == "" {
		name = "World"
	}
	return greetingPrefix(language) + name
}

func greetingPrefix(language string) (prefix string) {
	switch language {
	case french:
		prefix = frenchHelloPrefix
	case spanish:
		prefix = spanishHelloPrefix
	default:
		prefix = englishHelloPrefix
	}
	return
}

type T struct {
	name   string
	failed bool
	logs   []string
}

func (t *T) Errorf(format string, args ...any) {
	t.failed = true
	t.logs = append(t.logs, fmt.Sprintf(format, args...))
}

func (t *T) Run(name string, f func(t *T)) bool {
	sub := &T{name: t.name + "/" + name}
	f(sub)
	status := "PASS"
	if sub.failed {
		status = "FAIL"
		t.failed = true
	}
	fmt.Printf("--- %s: %s\n", status, sub.name)
	for _, l := range sub.logs {
		fmt.Println("    " + l)
	}
	return !sub.failed
}

func assertCorrectMessage(t *T, got, want string) {
	if got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

var ErrNotFound = errors.New("could not find the word you were looking for")

type Dictionary map[string]string

func (d Dictionary) Search(word string) (string, error) {
	def, ok := d[word]
	if !ok {
		return "", ErrNotFound
	}
	return def, nil
}

func main() {
	t := &T{name: "TestHello"}
	cases := []struct {
		name, person, lang, want string
	}{
		{"saying hello to people", "Chris", "", "Hello, Chris"},
		{"empty string", "", "", "Hello, World"},
		{"in Spanish", "Elodie", spanish, "Hola, Elodie"},
		{"in French", "Lauren", french, "Bonjour, Lauren"},
		{"deliberately wrong", "Bob", french, "Hello, Bob"},
	}
	for _, c := range cases {
		t.Run(strings.ReplaceAll(c.name, " ", "_"), func(t *T) {
			assertCorrectMessage(t, Hello(c.person, c.lang), c.want)
		})
	}
	fmt.Println("failed:", t.failed)
	d := Dictionary{"test": "this is just a test"}
	for _, w := range []string{"test", "unknown"} {
		def, err := d.Search(w)
		fmt.Printf("%q %q %v\n", def, err, errors.Is(err, ErrNotFound))
	}
}
