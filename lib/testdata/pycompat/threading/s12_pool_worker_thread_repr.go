package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func me() any {
	t := threading.CurrentThread()
	return fmt.Sprintf("('%s', %s, %s)", regexp.MustCompile(`\d+\)`).ReplaceAllString(t.String(), "N)"), pyBool(t.IsDaemon()), pyBool(t == threading.MainThread()))
}

func names() string {
	var ns []string
	for _, t := range threading.Enumerate() {
		ns = append(ns, "'"+t.GetName()+"'")
	}
	sort.Strings(ns)
	return "[" + strings.Join(ns, ", ") + "]"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	r, _ := ex.Submit(me).Result()
	fmt.Println(r)
	fmt.Println(names(), threading.ActiveCount())
	ex.Shutdown(true, false)
	fmt.Println(names(), threading.ActiveCount())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
