package main

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/gonotes/gonotes/lib/futures"
)

func describe(w any) any {
	s := w.(string)
	return []any{s, utf8.RuneCountInString(s), strings.ToUpper(s)}
}

func main() {
	ex := &futures.ThreadPoolExecutor{}
	rs, _ := ex.Map(describe, []any{"go", "파이썬", "", "thread"})
	for _, r := range rs {
		t := r.([]any)
		fmt.Printf("'%s' %d '%s'\n", t[0], t[1], t[2])
	}
	ex.Shutdown(true, false)
}
