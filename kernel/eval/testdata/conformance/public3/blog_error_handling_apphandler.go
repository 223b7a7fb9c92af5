package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type appError struct {
	Error   error
	Message string
	Code    int
}

type appHandler func(path string) *appError

func serve(h appHandler, path string) string {
	if e := h(path); e != nil {
		return fmt.Sprintf("%d %s (%v)", e.Code, e.Message, e.Error)
	}
	return "200 OK"
}

var records = map[string]string{"/a": "alpha", "/b": ""}

func viewRecord(path string) *appError {
	r, ok := records[path]
	if !ok {
		return &appError{os.ErrNotExist, "Record not found", 404}
	}
	if r == "" {
		return &appError{errors.New("empty record"), "Can't display record", 500}
	}
	return nil
}

type errWriter struct {
	b   *strings.Builder
	err error
}

func (ew *errWriter) write(s string) {
	if ew.err != nil {
		return
	}
	if strings.Contains(s, "!") {
		ew.err = fmt.Errorf("refusing to write %q", s)
		return
	}
	ew.b.WriteString(s)
}

type SyntaxError struct {
	msg    string
	Offset int64
}

func (e *SyntaxError) Error() string { return e.msg }

func decode(s string) error {
	for i, c := range s {
		if c == '}' && i == 0 {
			return &SyntaxError{"unexpected }", int64(i)}
		}
	}
	return nil
}

func main() {
	for _, p := range []string{"/a", "/b", "/c"} {
		fmt.Println(p, serve(viewRecord, p))
	}
	var sb strings.Builder
	ew := &errWriter{b: &sb}
	ew.write("one ")
	ew.write("two ")
	ew.write("three! ")
	ew.write("four")
	fmt.Printf("%q %v\n", sb.String(), ew.err)
	if err := decode("}abc"); err != nil {
		if serr, ok := err.(*SyntaxError); ok {
			fmt.Printf("syntax error at offset %d: %v\n", serr.Offset, serr)
		}
	}
	var nilAppErr *appError
	var asErr interface{} = nilAppErr
	fmt.Println(asErr == nil, nilAppErr == nil)
}
