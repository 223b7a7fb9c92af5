package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

var pages = map[string]string{"a": "x y z", "b": "hello", "c": "one two"}

type item struct{ name, text string }

func download(name string) item { return item{name, pages[name]} }

func parse(it item) string { return fmt.Sprintf("('%s', %d)", it.name, len(strings.Fields(it.text))) }

func main() {
	dl := &futures.ThreadPoolExecutor{MaxWorkers: 2, ThreadNamePrefix: "dl"}
	ps := &futures.ThreadPoolExecutor{MaxWorkers: 2, ThreadNamePrefix: "parse"}
	var names []string
	for n := range pages {
		names = append(names, n)
	}
	sort.Strings(names)
	var downloads []*futures.Future
	for _, n := range names {
		downloads = append(downloads, dl.Submit(func() any { return download(n) }))
	}
	var parsed []*futures.Future
	for f := range futures.AsCompleted(downloads) {
		r, _ := f.Result()
		parsed = append(parsed, ps.Submit(func() any { return parse(r.(item)) }))
	}
	var out []string
	for _, f := range parsed {
		r, _ := f.Result()
		out = append(out, r.(string))
	}
	sort.Strings(out)
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	ps.Shutdown(true, false)
	dl.Shutdown(true, false)
}
