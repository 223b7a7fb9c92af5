package main

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type Duration int

func (d Duration) String() string { return fmt.Sprintf("%ds", int(d)) }

type Endpoint struct {
	Host string
	Port int
}

func (e Endpoint) String() string { return fmt.Sprintf("%s:%d", e.Host, e.Port) }

func walk(prefix string, v any, out *[]string) {
	if m, ok := v.(map[string]any); ok {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			walk(prefix+"."+k, m[k], out)
		}
		return
	}
	if list, ok := v.([]any); ok {
		for i := range list {
			walk(prefix+"["+strconv.Itoa(i)+"]", list[i], out)
		}
		return
	}
	line := prefix + " = "
	switch x := v.(type) {
	case fmt.Stringer:
		line += fmt.Sprintf("%s (%T)", x, x)
	case nil:
		line += "null"
	default:
		line += fmt.Sprintf("%v (%T)", x, x)
	}
	*out = append(*out, line)
}

func get(cfg map[string]any, path string) (any, bool) {
	var cur any = cfg
	for _, p := range strings.Split(path, ".") {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		if cur, ok = m[p]; !ok {
			return nil, false
		}
	}
	return cur, true
}

func main() {
	cfg := map[string]any{
		"name":    "svc",
		"timeout": Duration(30),
		"db": map[string]any{
			"primary":  Endpoint{"db1", 5432},
			"replicas": []any{Endpoint{"db2", 5432}, &Endpoint{"db3", 5433}, nil},
			"pool":     16,
		},
		"features": []any{"a", 2.5, true, []int{1, 2}},
	}
	var lines []string
	walk("cfg", cfg, &lines)
	fmt.Println(strings.Join(lines, "\n"))
	for _, p := range []string{"db.pool", "db.primary", "db.missing", "name.x", "timeout"} {
		v, ok := get(cfg, p)
		fmt.Printf("%s -> %v %v\n", p, v, ok)
	}
	fmt.Println(cfg["db"])
	if d, ok := cfg["timeout"].(Duration); ok {
		cfg["timeout"] = d * 2
	}
	fmt.Printf("%v %d\n", cfg["timeout"], cfg["timeout"])
	db := cfg["db"].(map[string]any)
	db["pool"] = db["pool"].(int) + 1
	fmt.Println(cfg["db"].(map[string]any)["pool"])
}
