package main

import (
	"errors"
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/futures"
)

var re = regexp.MustCompile(`Future#\d+`)

func mask(f *futures.Future) string { return re.ReplaceAllString(f.String(), "Future") }

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	var fs []*futures.Future
	for _, e := range []string{"KeyError: 'k'", "IndexError: i", "TypeError: t", "RuntimeError: r"} {
		fs = append(fs, ex.Submit(func() any { panic(errors.New(e)) }))
	}
	fs = append(fs, ex.Submit(func() any { return map[string]int{"a": 1} }))
	fs = append(fs, ex.Submit(func() any { return nil }))
	fs = append(fs, ex.Submit(func() any { return 2.5 }))
	for _, f := range fs {
		f.Exception()
	}
	for _, f := range fs {
		fmt.Println(mask(f))
	}
	ex.Shutdown(true, false)
}
