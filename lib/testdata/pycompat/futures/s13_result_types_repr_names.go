package main

import (
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/futures"
)

func short(f *futures.Future) string {
	return regexp.MustCompile(`#\d+`).ReplaceAllString(f.String(), "")
}

func pyRepr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case string:
		return "'" + x + "'"
	case []any:
		return fmt.Sprintf("[%v]", x[0])
	case map[string]any:
		return fmt.Sprintf("{'n': %v}", x["n"])
	case bool:
		if x {
			return "True"
		}
		return "False"
	}
	return fmt.Sprint(v)
}

func main() {
	values := []any{7, "seven", []any{7}, map[string]any{"n": 7}, nil, 7.5, true}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for _, v := range values {
		fs = append(fs, ex.Submit(func() any { return v }))
	}
	futures.Wait(fs, futures.AllCompleted)
	for _, f := range fs {
		r, _ := f.Result()
		fmt.Println(short(f), pyRepr(r))
	}
	ex.Shutdown(true, false)
}
