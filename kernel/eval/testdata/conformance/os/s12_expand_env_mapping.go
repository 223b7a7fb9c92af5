package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

type Vars map[string]string

func (v Vars) Lookup(name string) string {
	if val, ok := v[name]; ok {
		return val
	}
	if strings.HasPrefix(name, "UPPER_") {
		return strings.ToUpper(v[strings.TrimPrefix(name, "UPPER_")])
	}
	return "<" + name + ">"
}

type Template string

func (t Template) Render(v Vars) string { return os.Expand(string(t), v.Lookup) }

func main() {
	v := Vars{"name": "gopher", "home": "/home/gopher", "n": "3"}
	for _, t := range []Template{"hi $name", "${home}/bin:$PATH", "$UPPER_name has ${n} items", "cost: $$5 ${", "$1 $ x"} {
		fmt.Printf("%q\n", t.Render(v))
	}
	os.Setenv("S12_GREETING", "hello")
	os.Setenv("S12_EMPTY", "")
	defer os.Unsetenv("S12_GREETING")
	defer os.Unsetenv("S12_EMPTY")
	fmt.Println(os.ExpandEnv("$S12_GREETING, ${S12_MISSING}world!"))
	val, ok := os.LookupEnv("S12_EMPTY")
	fmt.Printf("%q %v\n", val, ok)
	_, ok = os.LookupEnv("S12_MISSING")
	fmt.Println(ok)
	var mine []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "S12_") {
			mine = append(mine, kv)
		}
	}
	sort.Strings(mine)
	fmt.Println(mine)
	os.Unsetenv("S12_EMPTY")
	_, ok = os.LookupEnv("S12_EMPTY")
	fmt.Println(ok)
}
