package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func parse(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(fmt.Sprintf("invalid literal for int() with base 10: '%s'", s))
	}
	return n
}

func main() {
	inputs := []string{"1", "x", "3", "", "5"}
	var ok []int
	var bad []string
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	var fs []*futures.Future
	for _, s := range inputs {
		fs = append(fs, ex.Submit(func() any { return parse(s) }))
	}
	for f := range futures.AsCompleted(fs) {
		r, err := f.Result()
		if err != nil {
			bad = append(bad, `"`+err.Error()+`"`)
			continue
		}
		ok = append(ok, r.(int))
	}
	ex.Shutdown(true, false)
	sort.Ints(ok)
	sort.Strings(bad)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(ok), " ", ", "), "["+strings.Join(bad, ", ")+"]")
}
