package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func greet(name, greeting, punct string) string {
	return fmt.Sprintf("%s, %s%s", greeting, name, punct)
}

func main() {
	ex := &futures.ThreadPoolExecutor{}
	fs := []*futures.Future{
		ex.Submit(func() any { return greet("a", "hello", "!") }),
		ex.Submit(func() any { return greet("b", "hi", "!") }),
		ex.Submit(func() any { return greet("c", "hello", "?") }),
	}
	var out []string
	for _, f := range fs {
		r, _ := f.Result()
		out = append(out, "'"+r.(string)+"'")
	}
	fmt.Printf("[%s]\n", strings.Join(out, ", "))
	ex.Shutdown(true, false)
}
