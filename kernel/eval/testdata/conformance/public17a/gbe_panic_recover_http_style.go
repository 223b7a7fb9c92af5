package main

import (
	"errors"
	"fmt"
)

type handler func(string) string

func safe(h handler) handler {
	return func(req string) (resp string) {
		defer func() {
			if r := recover(); r != nil {
				resp = fmt.Sprintf("500 internal error: %v", r)
			}
		}()
		return h(req)
	}
}

func route(req string) string {
	switch req {
	case "/":
		return "200 home"
	case "/panic":
		panic("handler exploded")
	case "/err":
		panic(errors.New("typed error"))
	case "/idx":
		var a []int
		return fmt.Sprint(a[3])
	}
	return "404 not found"
}

func main() {
	h := safe(route)
	for _, r := range []string{"/", "/panic", "/err", "/idx", "/nope"} {
		fmt.Println(r, "->", h(r))
	}
}
