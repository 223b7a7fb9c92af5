package main

import (
	"fmt"
	"os"
)

type HTTPError struct {
	Code int
	Msg  string
}

func (e *HTTPError) Error() string { return fmt.Sprintf("http %d: %s", e.Code, e.Msg) }

func fetch(path string) error {
	if path == "/admin" {
		return &HTTPError{403, "forbidden"}
	}
	return nil
}

func mustFetch(path string) {
	if err := fetch(path); err != nil {
		panic(err)
	}
	fmt.Println("fetched", path)
}

func main() {
	defer fmt.Println("main deferred runs on panic")
	defer func() {
		fmt.Fprintln(os.Stderr, "cleanup before crash")
	}()
	mustFetch("/home")
	mustFetch("/admin")
}
