package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func parse(s string) any {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(fmt.Sprintf("invalid literal for int() with base 10: '%s'", s))
	}
	return n
}

func main() {
	inputs := []string{"1", "x", "3", "", "5"}
	ok := map[string]int{}
	bad := map[string]string{}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	fs := map[*futures.Future]string{}
	var list []*futures.Future
	for _, s := range inputs {
		f := ex.Submit(func() any { return parse(s) })
		fs[f] = s
		list = append(list, f)
	}
	for f := range futures.AsCompleted(list) {
		s := fs[f]
		if r, err := f.Result(); err != nil {
			bad[s] = err.Error()
		} else {
			ok[s] = r.(int)
		}
	}
	ex.Shutdown(true, false)
	var a, b []string
	for k, v := range ok {
		a = append(a, fmt.Sprintf("('%s', %d)", k, v))
	}
	for k, v := range bad {
		b = append(b, fmt.Sprintf("('%s', \"%s\")", k, v))
	}
	sort.Strings(a)
	sort.Strings(b)
	fmt.Println("[" + strings.Join(a, ", ") + "]")
	fmt.Println("[" + strings.Join(b, ", ") + "]")
}
