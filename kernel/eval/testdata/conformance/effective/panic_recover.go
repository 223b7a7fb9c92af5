package main

import (
	"errors"
	"fmt"
	"strings"
)

type Error string

func (e Error) Error() string { return string(e) }

type Regexp struct{ expr string }

func (regexp *Regexp) error(err string) {
	panic(Error(err))
}

func (regexp *Regexp) doParse(s string) *Regexp {
	if strings.Contains(s, "(") && !strings.Contains(s, ")") {
		regexp.error("missing closing )")
	}
	regexp.expr = s
	return regexp
}

func Compile(str string) (regexp *Regexp, err error) {
	regexp = new(Regexp)
	defer func() {
		if e := recover(); e != nil {
			regexp = nil
			err = e.(Error)
		}
	}()
	return regexp.doParse(str), nil
}

func server(work []func()) {
	for i, w := range work {
		safelyDo(i, w)
	}
}

func safelyDo(i int, work func()) {
	defer func() {
		if err := recover(); err != nil {
			fmt.Println("work failed:", i, err)
		}
	}()
	work()
}

func main() {
	r, err := Compile("a(b)")
	fmt.Println(r.expr, err)
	r, err = Compile("a(b")
	fmt.Println(r == nil, err)
	var e Error
	fmt.Println(errors.As(err, &e), e)
	server([]func(){
		func() { fmt.Println("ok work") },
		func() { panic("bad work") },
		func() { var m map[string]int; m["x"] = 1 },
		func() { fmt.Println("after") },
	})
}
