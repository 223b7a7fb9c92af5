package main

import (
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	for _, v := range []any{1, "s", 2.5, true, nil, map[string]int{"a": 1}, []int{1, 2}} {
		f := ex.Submit(func() any { return v })
		f.Result()
		fmt.Println(regexp.MustCompile(`#\d+`).ReplaceAllString(f.String(), ""))
	}
	ex.Shutdown(true, false)
}
