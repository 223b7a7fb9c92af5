package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

var (
	registry = map[string]func(string) string{}
	order    []string
	total    = compute()
	base     = 10
	names    = strings.Fields(defaultNames)
)

const defaultNames = "zed amy bob"

func compute() int { return base * 2 }

func register(name string, f func(string) string) {
	registry[name] = f
	order = append(order, name)
}

func init() {
	register("upper", strings.ToUpper)
	sort.Strings(names)
}

func init() {
	register("rev", func(s string) string {
		r := []rune(s)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return string(r)
	})
	if len(os.Args) > 5 {
		panic("unexpected args")
	}
}

type Plugin interface{ Name() string }

var plugins []Plugin

type echo struct{}

func (echo) Name() string { return "echo" }

func init() { plugins = append(plugins, echo{}) }

func main() {
	fmt.Println(total, base, names, order)
	for _, n := range order {
		fmt.Println(n, registry[n]("hello"))
	}
	fmt.Println(len(plugins), plugins[0].Name())
}
